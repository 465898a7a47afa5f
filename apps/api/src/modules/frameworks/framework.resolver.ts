import { Arg, Query, Resolver } from 'type-graphql';
import { AllowAnyRole } from '../auth/access.js';
import { frameworkView, frameworkViews, LkeFramework } from './framework.types.js';

@Resolver()
export class FrameworkResolver {
  @AllowAnyRole()
  @Query(() => [LkeFramework], { description: 'Every worksheet version the system can score.' })
  lkeFrameworks(): LkeFramework[] {
    return frameworkViews();
  }

  @AllowAnyRole()
  @Query(() => LkeFramework, { nullable: true })
  lkeFramework(@Arg('code') code: string): LkeFramework | null {
    return frameworkView(code);
  }
}
