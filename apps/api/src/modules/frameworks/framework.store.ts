import { createHash } from 'node:crypto';
import { FRAMEWORKS, type FrameworkData } from '@zi/lke';
import type { EntityManager } from 'typeorm';

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
    await manager.query(
      `INSERT INTO lke_framework (code, version, title, regulation, definition, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [
        framework.code,
        framework.version,
        framework.title,
        framework.regulation,
        JSON.stringify(definition),
        contentHash,
      ],
    );
    const [stored] = (await manager.query('SELECT content_hash FROM lke_framework WHERE code = $1', [
      framework.code,
    ])) as { content_hash: string }[];
    if (stored?.content_hash !== contentHash) {
      throw new Error(
        `LKE framework "${framework.code}" differs from the copy stored when assessments began using it. ` +
          'Publish the change as a new framework code instead of editing this one.',
      );
    }
  }
}
