import type { ChainPoint, ChainWalk } from './audit-chain.js';
import { type CheckpointClaim, CheckpointError, keyIdOf, openCheckpoint } from './checkpoints.js';

/** A checkpoint as read, before its signature is checked. */
export interface CheckpointInput {
  /** Where it came from, for messages: a file and line, or a --checkpoint argument. */
  source: string;
  /** Written by this installation (its data folder), or brought from outside (`--checkpoint`). */
  local: boolean;
  value: unknown;
}

export interface OpenedCheckpoint {
  source: string;
  local: boolean;
  claim: CheckpointClaim;
  keyId: string;
}

export type Finding =
  | { kind: 'broken'; at: ChainPoint }
  | { kind: 'cut'; checkpoint: OpenedCheckpoint }
  | { kind: 'rewritten'; checkpoint: OpenedCheckpoint; found: ChainPoint | null }
  | { kind: 'forged'; source: string; problem: string };

export interface Verdict {
  walk: ChainWalk;
  holding: OpenedCheckpoint[];
  findings: Finding[];
  notes: string[];
}

/**
 * Checks signatures. A local checkpoint must carry this installation's key (else the checkpoint
 * file was edited); one from outside is taken as given when its signature holds, and the key
 * that signed it is named. Throws CheckpointError for an outside checkpoint that cannot be used.
 */
export function openCheckpoints(
  inputs: CheckpointInput[],
  installationKey: string | null,
): { opened: OpenedCheckpoint[]; forged: Finding[]; notes: string[] } {
  const opened: OpenedCheckpoint[] = [];
  const forged: Finding[] = [];
  const notes: string[] = [];
  const ownKeyId = installationKey ? keyIdOf(installationKey) : null;
  if (!ownKeyId && inputs.some((input) => input.local)) {
    notes.push(
      'The signing key of this data folder is missing: local checkpoints are checked against the keys they carry.',
    );
  }
  for (const input of inputs) {
    let claim: CheckpointClaim;
    try {
      claim = openCheckpoint(input.value);
    } catch (error) {
      if (!(error instanceof CheckpointError)) throw error;
      if (!input.local) throw new CheckpointError(`Cannot use ${input.source}: ${error.message}.`);
      forged.push({ kind: 'forged', source: input.source, problem: error.message });
      continue;
    }
    const keyId = keyIdOf((input.value as { publicKey: string }).publicKey);
    if (input.local && ownKeyId && keyId !== ownKeyId) {
      forged.push({
        kind: 'forged',
        source: input.source,
        problem: `it is signed by key ${keyId}, not ${ownKeyId}`,
      });
      continue;
    }
    if (!input.local && keyId !== ownKeyId) {
      notes.push(
        `${input.source} is signed by key ${keyId}, ${ownKeyId ? `not by this installation's key ${ownKeyId}` : 'and this data folder has no key'}: checked as given.`,
      );
    }
    opened.push({ source: input.source, local: input.local, claim, keyId });
  }
  return { opened, forged, notes };
}

/**
 * Compares the walked chain with each checkpoint: it must still hold that event, with that hash,
 * at that place. A checkpoint at or after a break holds no longer, and the break already says why.
 */
export function judge(
  walk: ChainWalk,
  checkpoints: OpenedCheckpoint[],
): Pick<Verdict, 'holding' | 'findings'> {
  const holding: OpenedCheckpoint[] = [];
  const findings: Finding[] = walk.firstBroken ? [{ kind: 'broken', at: walk.firstBroken }] : [];
  const brokenAt = walk.firstBroken?.position ?? Number.POSITIVE_INFINITY;
  for (const checkpoint of checkpoints) {
    const { headId, headHash, events } = checkpoint.claim;
    const found = walk.found.get(headId) ?? null;
    if (found && found.hash === headHash && found.position === events) {
      if (found.position < brokenAt) holding.push(checkpoint);
    } else if (!found && (!walk.head || BigInt(walk.head.id) < BigInt(headId))) {
      findings.push({ kind: 'cut', checkpoint });
    } else {
      findings.push({ kind: 'rewritten', checkpoint, found });
    }
  }
  return { holding, findings };
}

const count = (n: number) => n.toLocaleString('en');
const eventsOf = (n: number) => `${count(n)} event${n === 1 ? '' : 's'}`;
const named = (c: OpenedCheckpoint) => `the checkpoint of ${c.claim.at} (${c.source}, key ${c.keyId})`;
const byEvents = (a: OpenedCheckpoint, b: OpenedCheckpoint) => a.claim.events - b.claim.events;

function cutMessage(walk: ChainWalk, checkpoint: OpenedCheckpoint): string {
  const { events, headId } = checkpoint.claim;
  const removed = events - walk.events;
  const now = walk.head
    ? `now ends at event ${walk.head.id} (${eventsOf(walk.events)}): the newest events after event ${walk.head.id}`
    : 'is now empty: every event';
  return (
    `The audit log has been cut: ${named(checkpoint)} recorded ${eventsOf(events)} up to event ${headId}, ` +
    `but the log ${now}, up to event ${headId}, were removed${removed > 0 ? ` (at least ${count(removed)})` : ''}.`
  );
}

function rewrittenMessage(walk: ChainWalk, checkpoint: OpenedCheckpoint, found: ChainPoint | null): string {
  const { events, headId, headHash } = checkpoint.claim;
  const holds = found
    ? `holds event ${headId} at position ${count(found.position)}, with hash ${found.hash.slice(0, 16)}…`
    : `has no event ${headId} any more, though it goes on to event ${walk.head?.id}`;
  return (
    `The audit log no longer matches ${named(checkpoint)}: it recorded event ${headId} at position ${count(events)}, ` +
    `with hash ${headHash.slice(0, 16)}…; the log ${holds}. Events up to event ${headId} were rewritten or removed.`
  );
}

function chainLine(walk: ChainWalk, findings: Finding[]): string {
  const broken = findings.find((f) => f.kind === 'broken');
  if (broken) {
    return `The audit log is broken at event ${broken.at.id} (position ${count(broken.at.position)} in the chain): that row, or the one before it, was changed or removed.`;
  }
  if (findings.length > 0) {
    return `Every hash of the audit log follows from the one before (${eventsOf(walk.events)}), but:`;
  }
  return `The audit log is intact: ${eventsOf(walk.events)}, every hash follows from the one before.`;
}

/** The worst cut, the earliest rewrite, every edited checkpoint, and what still holds. */
function checkpointLines(
  walk: ChainWalk,
  holding: OpenedCheckpoint[],
  findings: Finding[],
  folder: string,
): string[] {
  const lines: string[] = [];
  const cuts = findings.flatMap((f) => (f.kind === 'cut' ? [f.checkpoint] : [])).sort(byEvents);
  const rewrites = findings.flatMap((f) => (f.kind === 'rewritten' ? [f] : []));
  rewrites.sort((a, b) => byEvents(a.checkpoint, b.checkpoint));
  const widestCut = cuts.at(-1);
  if (widestCut) lines.push(cutMessage(walk, widestCut));
  const earliestRewrite = rewrites[0];
  if (earliestRewrite) lines.push(rewrittenMessage(walk, earliestRewrite.checkpoint, earliestRewrite.found));
  for (const finding of findings) {
    if (finding.kind === 'forged') {
      lines.push(
        `${finding.source} is not a checkpoint of this installation (${finding.problem}): the checkpoint file was edited.`,
      );
    }
  }
  const failing = cuts.length + rewrites.length;
  if (failing > 1)
    lines.push(`${count(failing)} of ${count(failing + holding.length)} checkpoints do not hold.`);

  const newest = [...holding].sort(byEvents).at(-1);
  if (!newest) {
    if (failing === 0) {
      lines.push(
        `No checkpoint to compare with (none in ${folder}, no --checkpoint): removing the newest events would go unnoticed.`,
      );
    }
    return lines;
  }
  if (failing > 0) {
    lines.push(
      `The log still matches ${named(newest)}: its first ${eventsOf(newest.claim.events)} are as they were then.`,
    );
    return lines;
  }
  lines.push(
    holding.length === 1
      ? `It matches ${named(newest)}, which anchors the first ${eventsOf(newest.claim.events)}.`
      : `It matches all ${count(holding.length)} checkpoints; the newest, ${named(newest)}, anchors the first ${eventsOf(newest.claim.events)}.`,
  );
  const unanchored = walk.events - newest.claim.events;
  if (unanchored > 0) {
    lines.push(
      `Not anchored yet: the ${eventsOf(unanchored)} after it. Removing ${unanchored === 1 ? 'it' : 'them'} would go unnoticed until the next checkpoint.`,
    );
  }
  return lines;
}

/** What `audit:verify` prints, and whether the log passed. */
export function describeVerdict(
  verdict: Verdict,
  checkpointsFolder: string,
): { ok: boolean; lines: string[] } {
  const { walk, holding, findings } = verdict;
  return {
    ok: findings.length === 0,
    lines: [
      chainLine(walk, findings),
      ...checkpointLines(walk, holding, findings, checkpointsFolder),
      ...verdict.notes,
    ],
  };
}
