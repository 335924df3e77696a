import { type Workspace, openMemoryWorkspace, openWorkspace } from '../main/workspace/open-workspace'

/** The workspace a command works on: the file given with --db, or a temporary one in memory. */
export function workspaceFor(db: string | undefined, options: { create?: boolean; readOnly?: boolean } = {}): Workspace {
  return db ? openWorkspace(db, { create: options.create ?? false, readOnly: options.readOnly }) : openMemoryWorkspace()
}
