// A change as the user asks for it, by `curate` or the explorer (a plain shape, shared with the browser).

/** Nodes by id, or by a name or alias only one node has. */
export type ChangeRequest =
  | { action: 'merge'; from: string; into: string }
  | { action: 'rename'; node: string; name: string }
  | { action: 'retype'; node: string; type: string }
  | { action: 'drop'; node: string }
  | { action: 'split'; node: string; aliases: string[]; as: string }
  | { action: 'relation-add' | 'relation-drop'; from: string; type: string; to: string; role?: string }
  | { action: 'keep-apart'; a: string; b: string }
  | { action: 'undo'; id?: string };
