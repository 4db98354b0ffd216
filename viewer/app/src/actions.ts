// What the components may ask of the renderer, without knowing it: the explorer implements
// this, the components receive it, and so none of them imports explorer.ts.

export interface ExplorerActions {
  /** Selects a node and brings it to the middle of the part of the stage no panel covers. */
  focusNode(node: string): void;
  /** Fits the camera to what the filters show (the whole graph when nothing is filtered). */
  frameShown(): void;
  relayout(): void;
  layoutRunning(): boolean;
  exportGexf(): void;
  exportPng(): void;
}
