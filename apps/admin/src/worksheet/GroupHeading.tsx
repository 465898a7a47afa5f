import { GroupScoreText } from './GroupScoreText';
import type { GroupScore } from './types';
import type { WorksheetNode } from './worksheet-tree';

interface GroupHeadingProps {
  node: WorksheetNode;
  score: GroupScore | undefined;
  level: 3 | 4 | 5 | 6;
}

/** A group's code and title as a heading, with its score beside it. */
export function GroupHeading({ node, score, level }: GroupHeadingProps) {
  const Heading = `h${level}` as const;
  return (
    <div className={`group-heading group-heading--h${level}`}>
      <Heading>
        <span className="code">{node.group.code}</span> {node.group.title}
      </Heading>
      <GroupScoreText group={node.group} score={score} />
    </div>
  );
}
