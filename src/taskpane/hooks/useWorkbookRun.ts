// Excel: the run the workbook keeps (Host.lastRun) is shown when the pane opens, and again when
// the ribbon's 校验并评分 runs while the pane is open (src/host/ribbon.ts). The ribbon ran in a
// runtime of its own that is gone by now; only the workbook knows its result.
import { useEffect, useRef } from "react";
import type { Host, RunResult } from "../../host/contract";
import { onRibbonRun } from "../../host/ribbon";

export function useWorkbookRun(host: Host, ready: boolean, show: (result: RunResult) => void, subscribe: typeof onRibbonRun = onRibbonRun): void {
  const latest = useRef(show);
  latest.current = show;
  useEffect(() => {
    const lastRun = host.lastRun?.bind(host);
    if (host.kind !== "excel" || !ready || !lastRun) return;
    let alive = true;
    const load = () => {
      lastRun()
        .then((result) => {
          if (alive && result) latest.current(result);
        })
        .catch(() => undefined); // nothing kept, or unreadable: the pane starts empty
    };
    load();
    const stop = subscribe(load);
    return () => {
      alive = false;
      stop();
    };
  }, [host, ready, subscribe]);
}
