import { createHash } from 'node:crypto';
import { FRAMEWORKS, type FrameworkData } from '@zi/lke';
import type { EntityManager } from 'typeorm';
import { storedFrameworkHash, storeFramework } from './frameworks.queries.js';

/** What scores depend on; the areas only group scores for dashboards, so they are not frozen. */
type ScoringDefinition = Omit<FrameworkData, 'areas'>;

function definitionOf(framework: FrameworkData): ScoringDefinition {
  const { code, version, title, regulation, answerTypes, tree, formulas, targets } = framework;
  return { code, version, title, regulation, answerTypes, tree, formulas, targets };
}

const hashOf = (definition: ScoringDefinition) =>
  createHash('sha256').update(JSON.stringify(definition)).digest('hex');

/**
 * Stores every framework @zi/lke ships, once. A stored framework is frozen: assessments were
 * scored by it, so a changed definition under the same code stops the start-up with a message.
 */
export async function storeFrameworks(manager: EntityManager): Promise<void> {
  for (const framework of FRAMEWORKS.values()) {
    const definition = definitionOf(framework);
    const contentHash = hashOf(definition);
    await storeFramework(manager, {
      code: framework.code,
      version: framework.version,
      title: framework.title,
      regulation: framework.regulation,
      definition: JSON.stringify(definition),
      contentHash,
    });
    const [stored] = await storedFrameworkHash(manager, { code: framework.code });
    if (stored?.content_hash !== contentHash) {
      throw new Error(
        `LKE framework "${framework.code}" differs from the copy stored when assessments began using it. ` +
          'Publish the change as a new framework code instead of editing this one.',
      );
    }
  }
}
