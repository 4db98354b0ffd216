// One analyst's correction of the graph, as kept in corrections.json: what to change, who changed
// it, when and why. Entities are named by an `EntityRef`, a snapshot of the node taken when the
// correction was made, so that it still finds its node after a rebuild has renamed it.
import type { EntityType, RelationType } from '../../extractor/types.js';

export const CORRECTION_OPS = ['merge', 'rename', 'retype', 'drop', 'split', 'relation-add', 'relation-drop', 'keep-apart'] as const;
export type CorrectionOp = (typeof CORRECTION_OPS)[number];

/** A node as the analyst saw it: its id, and the type and names to find it by when the id is gone. */
export interface EntityRef {
  id: string;
  type: EntityType | 'Article';
  name: string;
  aliases: string[];
}

export interface MergeArgs {
  from: EntityRef;
  into: EntityRef;
}
export interface RenameArgs {
  node: EntityRef;
  name: string;
}
export interface RetypeArgs {
  node: EntityRef;
  type: EntityType;
}
export interface DropArgs {
  node: EntityRef;
}
export interface SplitArgs {
  node: EntityRef;
  aliases: string[];
  as: string;
}
export interface RelationArgs {
  from: EntityRef;
  type: RelationType;
  to: EntityRef;
  /** Absent on `relation-drop`: every role of that type between the two. */
  role?: string;
}
export interface KeepApartArgs {
  a: EntityRef;
  b: EntityRef;
}

interface ArgsByOp {
  merge: MergeArgs;
  rename: RenameArgs;
  retype: RetypeArgs;
  drop: DropArgs;
  split: SplitArgs;
  'relation-add': RelationArgs;
  'relation-drop': RelationArgs;
  'keep-apart': KeepApartArgs;
}

export type Correction = {
  [Op in CorrectionOp]: { id: string; op: Op; args: ArgsByOp[Op]; by: string; at: string; reason: string };
}[CorrectionOp];

export type CorrectionOf<Op extends CorrectionOp> = Extract<Correction, { op: Op }>;

/** Types a merge may join: a union is an organization, and the three kinds of place are often confused. */
const MERGE_FAMILIES: readonly (readonly string[])[] = [['Union', 'Organization'], ['District', 'Street', 'Region'], ['Person'], ['Initiative']];

export function mergeCompatible(from: string, into: string): boolean {
  return MERGE_FAMILIES.some((family) => family.includes(from) && family.includes(into));
}

/** One line saying what a correction does, for `list`, warnings and errors. */
export function describeCorrection(correction: Correction): string {
  const c = correction;
  switch (c.op) {
    case 'merge':
      return `merge ${c.args.from.id} into ${c.args.into.id}`;
    case 'rename':
      return `rename ${c.args.node.id} to ${c.args.name}`;
    case 'retype':
      return `retype ${c.args.node.id} as ${c.args.type}`;
    case 'drop':
      return `drop ${c.args.node.id}`;
    case 'split':
      return `split ${c.args.aliases.join('、')} off ${c.args.node.id} as ${c.args.as}`;
    case 'relation-add':
    case 'relation-drop':
      return `relation ${c.op === 'relation-add' ? 'add' : 'drop'} ${c.args.from.id} ${c.args.type}${c.args.role === undefined ? '' : ` (${c.args.role})`} ${c.args.to.id}`;
    case 'keep-apart':
      return `keep ${c.args.a.id} apart from ${c.args.b.id}`;
  }
}
