// `selfeval export`: the submission copy (SPEC §7). Filled in by the export work.
import type { Profile } from "../engine/profile";
import type { ExportArgs } from "./args";

export async function runExport(_args: ExportArgs, _profile: Profile, io: { stderr: (s: string) => void }): Promise<number> {
  io.stderr("selfeval: export 尚未实现 / export is not implemented yet\n");
  return 2;
}
