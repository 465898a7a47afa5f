import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { AssessmentLayerView } from '../assessments/score.types.js';
import { AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { Evidence } from './evidence.entity.js';
import { EvidenceLinkInput } from './evidence.inputs.js';

@Resolver(() => AssessmentLayerView)
export class EvidenceResolver {
  @FieldResolver(() => [Evidence], {
    description: 'Current evidence of the layer (files upload at /admin/evidence).',
  })
  async evidence(@Root() view: AssessmentLayerView, @Ctx() ctx: Context): Promise<Evidence[]> {
    if (!view.visible) return [];
    return ctx.loaders.evidenceByLayer.load({ assessmentId: view.assessmentId, layer: view.layer });
  }

  @AllowAnyRole()
  @Mutation(() => Evidence, { description: 'Links a document kept elsewhere to a question.' })
  addEvidenceLink(
    @Arg('input') input: EvidenceLinkInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Evidence> {
    const target = {
      assessmentId: fromGlobalIdOf('Assessment', input.assessmentId, 'assessmentId'),
      layer: input.layer,
      code: input.code,
    };
    return ctx.services.evidence.addLink(viewer, target, input.url, input.name.trim(), ctx.request);
  }

  @AllowAnyRole()
  @Mutation(() => Evidence, {
    description:
      'Removes evidence while the unit is still drafting; afterwards evidence can only be replaced.',
  })
  removeEvidence(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Evidence> {
    return ctx.services.evidence.remove(viewer, id, ctx.request);
  }
}
