import { createParameterDecorator } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { viewerOf } from './viewer.js';

/**
 * The logged-in viewer as a resolver parameter: `@CurrentViewer() viewer: Viewer`. An anonymous
 * caller is refused as UNAUTHENTICATED, though the access guard has already refused them at the root.
 */
export function CurrentViewer() {
  return createParameterDecorator<Context>(({ context }) => viewerOf(context));
}
