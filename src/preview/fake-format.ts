/**
 * The simulated host's range formats and data validation: each setter queues
 * its change for the next sync, as Office.js proxies do.
 */
import { fakeError, type Area, type FakeCell, type FakeSheet } from './fake-model';
import { write, type BatchContext, type Where } from './fake-proxy';

type Each = (fn: (cell: FakeCell) => void) => void;

function fillOf(cell: FakeCell) {
  return cell.fill ? { ...cell.fill } : { pattern: 'None', color: '#FFFFFF' };
}

/** `range.format`: fonts, fills, alignment, wrapping, widths, borders. */
export function rangeFormat(ctx: BatchContext, where: () => Where, each: Each) {
  return {
    font: {
      set name(v: string) {
        each((c) => (c.font = v));
      },
      set bold(v: boolean) {
        each((c) => (c.bold = v));
      },
      set italic(v: boolean) {
        each((c) => (c.italic = v));
      },
      set size(v: number) {
        each((c) => (c.size = v));
      },
    },
    fill: {
      set color(v: string) {
        each((c) => (c.fill = { pattern: 'Solid', color: v.toUpperCase() }));
      },
      set pattern(v: string) {
        each((c) => (c.fill = { ...fillOf(c), pattern: v }));
      },
      set patternColor(v: string) {
        each((c) => (c.fill = { ...fillOf(c), patternColor: v }));
      },
      clear: () => each((c) => delete c.fill),
    },
    set horizontalAlignment(v: string) {
      each((c) => (c.align = v));
    },
    set verticalAlignment(v: string) {
      each((c) => (c.vertical = v));
    },
    set wrapText(v: boolean) {
      each((c) => (c.wrap = v));
    },
    set columnWidth(v: number) {
      ctx.enqueue(
        write(() => {
          const { sheet, area } = where();
          for (let c = area.left; c <= area.right; c++) sheet.widths.set(c, v);
        }),
      );
    },
    borders: {
      getItem: () => ({
        set style(v: string) {
          each((c) => (c.border = v !== 'None'));
        },
      }),
    },
  };
}

/** `range.dataValidation`: list rules only, refusing what Excel refuses. */
export function rangeValidation(ctx: BatchContext, where: () => Where) {
  const overlaps = (a: Area, b: Area) =>
    a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  const mine = (sheet: FakeSheet, area: Area) =>
    sheet.validations.find(
      (v) => v.top === area.top && v.left === area.left && v.bottom === area.bottom && v.right === area.right,
    );
  return {
    clear: () =>
      ctx.enqueue(
        write(() => {
          const { sheet, area } = where();
          sheet.validations = sheet.validations.filter((v) => !overlaps(v, area));
        }),
      ),
    set rule(rule: { list?: { source: string } }) {
      ctx.enqueue(
        write(() => {
          const { sheet, area } = where();
          if (!rule.list) throw fakeError('InvalidArgument', 'Only list rules are simulated');
          if (!rule.list.source.startsWith('=') && rule.list.source.length > 255) {
            throw fakeError('InvalidArgument', 'An inline list longer than 255 characters');
          }
          if (sheet.validations.some((v) => overlaps(v, area)))
            throw fakeError('InvalidArgument', 'Clear the existing rules first');
          sheet.validations.push({ ...area, source: rule.list.source, showAlert: true });
        }),
      );
    },
    set errorAlert(alert: { showAlert: boolean }) {
      ctx.enqueue(
        write(() => {
          const { sheet, area } = where();
          const v = mine(sheet, area);
          if (v) v.showAlert = alert.showAlert;
        }),
      );
    },
  };
}
