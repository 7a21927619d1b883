// The paths a page paints, recorded as pdf.js reads the page's text, in the very form its operator
// list gives them, so that drawnBoxes (pdf.ts) need not have pdf.js read the page a second time.
// pdf.js's text-content pass (getTextContent) reads every operator of the page and of the forms it
// draws, as the operator-list pass does, but it leaves paths out; jtai's changes to it
// (PDFJS_PATCHES in pdfjs.ts) hand each operator to `drawingRecorder`, which keeps the ones that
// drawnBoxes reads (save, restore, transform and each painted path), built by pdf.js's own path
// builder. Where the operator list could differ from them (pdf.js reads something there that the
// text pass does not, or would merge a path with its transform), the record says so (`unsure`) and
// the page's operator list is read as before.

/** pdf.js's operator numbers (OPS), fixed across its versions. */
export const OPS = {
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  /** moveTo 13 to rectangle 19: the operators that build a path. */
  moveTo: 13,
  rectangle: 19,
  /** stroke 20 to closeEOFillStroke 27 paint a path; endPath, 28, paints nothing (a clip). */
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  setStrokeColorN: 53,
  setFillColorN: 55,
  paintInlineImageXObject: 86,
  constructPath: 91,
} as const;

/** pdf.js's path drawing codes (DrawOPS) in a constructed path's buffer. */
export const DRAW_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;

/** A page's drawing as recorded in its text-content pass: operators as an operator list holds them. */
export interface DrawingRecord {
  fnArray: number[];
  argsArray: unknown[];
  /** The name of each font set on the page (by its loaded name), as the display layer would hold it. */
  fontNames: Map<string, string>;
  /** Why the page's operator list could differ from this record (it must then be read), or null. */
  unsure: string | null;
  /**
   * For a page with annotations: whether any may draw (its operator list draws them after the
   * page, each from its appearance; a form field may make one). Asked only of a page whose
   * drawing is read: pdf.js parses the annotations for it, as for its operator list.
   */
  annotationsMayDraw: (() => Promise<boolean>) | null;
}

/** pdf.js's path state (EvalState, in its StateManager): the path being built, kept across save and restore as pdf.js keeps it. */
interface PathStates {
  state: { pathBuffer: number[]; pathMinMax: Float32Array };
  save(): void;
  restore(): void;
}

interface PdfJsDict {
  has(key: string): boolean;
  get(key: string): unknown;
  getRaw(key: string): unknown;
}

const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };

const unsure = (record: DrawingRecord, why: string) => {
  record.unsure ??= why;
};

/**
 * What pdf.js's worker calls from its text-content pass (see PDFJS_PATCHES). Each operator is
 * recorded as getOperatorList adds it (its page loop, closePendingRestoreOPS and buildPath).
 */
export const drawingRecorder = {
  start(): DrawingRecord {
    return { fnArray: [], argsArray: [], fontNames: new Map(), unsure: null, annotationsMayDraw: null };
  },

  /**
   * One operator read: from save to endPath, a pattern colour or an inline image (the patch hands
   * over no other). Its arguments are pdf.js's, reused for the next one: copied where kept; as in
   * the operator list, an operator read with none has null.
   */
  operator(record: DrawingRecord, paths: PathStates, fn: number, args: unknown[], evaluator: { buildPath(fn: number, args: unknown[], state: unknown): void }): void {
    if (fn >= OPS.moveTo && fn <= OPS.rectangle) {
      evaluator.buildPath(fn, args, paths.state);
    } else if (fn >= OPS.stroke && fn <= OPS.endPath) {
      const { pathBuffer, pathMinMax } = paths.state;
      if (fn === OPS.closeStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) pathBuffer.push(DRAW_OPS.closePath);
      if (pathBuffer.length === 0) {
        add(record, OPS.constructPath, [fn, [null], null]);
      } else {
        add(record, OPS.constructPath, [fn, [new Float32Array(pathBuffer)], pathMinMax.slice()]);
        pathBuffer.length = 0;
        pathMinMax.set([Infinity, Infinity, -Infinity, -Infinity], 0);
      }
    } else if (fn === OPS.save) {
      paths.save();
      add(record, OPS.save, null);
    } else if (fn === OPS.restore) {
      paths.restore();
      this.restore(record, null);
    } else if (fn === OPS.transform) {
      add(record, OPS.transform, args.slice());
    } else if (fn === OPS.paintInlineImageXObject) {
      // The operator list stops at an inline image it cannot read; the text pass passes it by.
      unsure(record, 'an inline image');
    } else if ((fn === OPS.setFillColorN || fn === OPS.setStrokeColorN) && typeof args[args.length - 1] === 'object') {
      // A pattern: the operator list reads it, and stops where it cannot.
      unsure(record, 'a pattern');
    }
  },

  /**
   * A restore: recorded, and whether pdf.js's operator list would merge it with the three
   * operators before it (save, transform, a path filled, or stroked with no more than a shift:
   * the path's points turned by the transform in place, which drawnBoxes would see otherwise).
   */
  restore(record: DrawingRecord, restoreArgs: [] | null): void {
    const { fnArray: fns, argsArray: args } = record;
    const n = fns.length;
    if (n >= 3 && fns[n - 3] === OPS.save && fns[n - 2] === OPS.transform && fns[n - 1] === OPS.constructPath) {
      const paint = (args[n - 1] as unknown[])[0];
      const [a, b, c, d] = args[n - 2] as number[];
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || (typeof paint === 'number' && paint >= OPS.fillStroke && paint <= OPS.closeEOFillStroke);
      if (!stroked || (a === 1 && b === 0 && c === 0 && d === 1)) unsure(record, 'a path drawn with a transform of its own');
    }
    add(record, OPS.restore, restoreArgs);
  },

  /** The end of a page's or a form's operators: the operator list restores what is still saved. */
  end(record: DrawingRecord, saved: number): void {
    for (let i = 0; i < saved; i++) this.restore(record, []);
  },

  /**
   * A form drawn: the operator list reads its optional-content properties and its group's colour
   * space (other than by name), and leaves the form out where it cannot.
   */
  form(record: DrawingRecord, dict: PdfJsDict): void {
    if (dict.has('OC')) unsure(record, 'a form with optional content');
    const group = dict.get('Group') as PdfJsDict | undefined;
    const space = group && typeof group.has === 'function' && group.has('CS') ? group.getRaw('CS') : undefined;
    if (space !== undefined && !(typeof space === 'object' && space !== null && Object.keys(space).length === 1 && typeof (space as { name?: unknown }).name === 'string')) unsure(record, 'a form group\'s colour space');
  },

  /** A graphics state set: one with a soft mask draws a form of its own in the operator list. */
  graphicsState(record: DrawingRecord, dict: PdfJsDict): void {
    const mask = dict.get('SMask') as { getKeys?: unknown } | undefined;
    if (mask && typeof mask.getKeys === 'function') unsure(record, 'a soft mask');
  },

  /**
   * A font set: its name as the display layer holds it once the operator list has sent it (the
   * font's properties go through UTF-8; a font that failed to load is sent as its error, which
   * has no name).
   */
  font(record: DrawingRecord, loadedName: string, name: unknown, type3: boolean): void {
    if (type3) unsure(record, 'a Type3 font');
    if (!record.fontNames.has(loadedName)) record.fontNames.set(loadedName, name === undefined ? '' : utf8.decoder.decode(utf8.encoder.encode(String(name))));
  },

  /** A page's annotations as pdf.js parsed them: whether any may draw (a form field, or one with an appearance). */
  annotationsMayDraw(parsed: () => Promise<unknown[]>, isFormField: (annotation: unknown) => boolean): () => Promise<boolean> {
    return async () => {
      try {
        return (await parsed()).some((annotation) => isFormField(annotation) || Boolean((annotation as { appearance?: unknown }).appearance));
      } catch {
        return true;
      }
    };
  },

  unsure,
};

function add(record: DrawingRecord, fn: number, args: unknown): void {
  record.fnArray.push(fn);
  record.argsArray.push(args);
}
