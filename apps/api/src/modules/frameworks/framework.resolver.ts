import { FRAMEWORKS } from '@zi/lke';
import { Arg, Query, Resolver } from 'type-graphql';
import { AllowAnyRole } from '../auth/access.js';
import { LkeFramework, toLkeFramework } from './framework.types.js';

const flattened = new Map(
  [...FRAMEWORKS.values()].map((framework) => [framework.code, toLkeFramework(framework)]),
);

@Resolver()
export class FrameworkResolver {
  @AllowAnyRole()
  @Query(() => [LkeFramework], { description: 'Every worksheet version the system can score.' })
  lkeFrameworks(): LkeFramework[] {
    return [...flattened.values()];
  }

  @AllowAnyRole()
  @Query(() => LkeFramework, { nullable: true })
  lkeFramework(@Arg('code') code: string): LkeFramework | null {
    return flattened.get(code) ?? null;
  }
}
