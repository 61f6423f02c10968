/**
 * Checks run in the page over every built page (tests/e2e/corpus/reading.spec.ts): tables that stack on
 * phones keep each cell one flowing value, tap targets are 44 × 44 px, and nothing is cut off or sticks
 * out of its box when the text is made larger. Each returns what is wrong, one line per problem.
 */
import type { Page } from '@playwright/test';

/** The size of every target that is not in a sentence, in CSS px (WCAG 2.5.5, AAA). */
export const TARGET = 44;

/** A short name for an element in a failure message: tag, id or class, and its text. */
const describe = `(el) => {
  const name = el.id ? '#' + el.id : el.classList.length ? '.' + [...el.classList].join('.') : '';
  return el.tagName.toLowerCase() + name + ' "' + (el.textContent || '').trim().slice(0, 24) + '"';
}`;

/**
 * In the stacked layout (table.stack at phone width) every cell is one block of flowing text: its label
 * hangs before the first line, and every line of its content, links included, starts at the value's edge.
 */
export async function stackedTableProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const describe = ${describe};
    const problems = [];
    for (const td of document.querySelectorAll('table.stack td')) {
      if (!td.getClientRects().length || !td.textContent.trim()) continue;
      const style = getComputedStyle(td);
      if (style.display !== 'block') { problems.push(describe(td) + ': display ' + style.display); continue; }
      const box = td.getBoundingClientRect();
      const valueStart = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
      const range = document.createRange();
      range.selectNodeContents(td);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && r.left < valueStart - 1) {
          problems.push(describe(td) + ': a line starts in the label column (' + Math.round(r.left - box.left) + ' px)');
          break;
        }
      }
      const label = getComputedStyle(td, '::before');
      if (label.content === 'none' || label.display === 'none') problems.push(describe(td) + ': no label');
    }
    return problems;
  })()`);
}

/**
 * Every target is at least 44 × 44 px (WCAG 2.5.5, AAA), except what WCAG allows: a link inside a sentence
 * or beside text on its line (the block it sits in has text of its own beside its links), whose size is set
 * by the line's height. Returns the problems and the number of links let through as inline.
 */
export async function targetProblems(page: Page): Promise<{ problems: string[]; inline: number; checked: number }> {
  return page.evaluate(`(() => {
    const describe = ${describe};
    const TARGET = ${TARGET};
    const targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
    const shown = (el) => {
      if (!el.getClientRects().length) return false;
      if (el.closest('.visually-hidden, [hidden]')) return false;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden') return false;
      const r = el.getBoundingClientRect();
      return r.bottom > -1000 && r.right > 0;
    };
    const isBlock = (el) => !['inline', 'contents'].includes(getComputedStyle(el).display);
    /** Text in the block around el that belongs to no target: a sentence the link sits in. */
    const inSentence = (el) => {
      // A telephone number is an inline block (it moves to the next line whole): still in its sentence.
      if (!['inline', 'inline-block'].includes(getComputedStyle(el).display)) return false;
      let block = el.parentElement;
      while (block && !isBlock(block)) block = block.parentElement;
      if (!block) return false;
      const copy = block.cloneNode(true);
      for (const t of copy.querySelectorAll(targets)) t.remove();
      for (const t of copy.querySelectorAll('.visually-hidden, [hidden]')) t.remove();
      return /[\\p{L}\\p{N}]{2}/u.test(copy.textContent);
    };
    const problems = [];
    let inline = 0;
    let checked = 0;
    const all = [];
    for (let el of document.querySelectorAll(targets)) {
      // A radio button or checkbox is pressed through its label.
      if (el.matches('input[type=radio], input[type=checkbox]') && el.closest('label')) el = el.closest('label');
      if (el.matches('.skip-link') || !shown(el)) continue;
      all.push(el);
    }
    all.forEach((el) => {
      checked++;
      if (inSentence(el)) { inline++; return; }
      const r = el.getBoundingClientRect();
      if (r.width < TARGET - 0.5 || r.height < TARGET - 0.5) problems.push(describe(el) + ': ' + Math.round(r.width) + ' × ' + Math.round(r.height) + ' px');
    });
    return { problems, inline, checked };
  })()`);
}

/** Nothing sticks out of its box or is cut off, and the page does not scroll sideways (scroll boxes with their cues aside). */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const describe = ${describe};
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) problems.push('the page scrolls sideways by ' + (doc.scrollWidth - doc.clientWidth) + ' px');
    /** Hidden for the eye but kept for screen readers, as .visually-hidden does (a box of 1 × 1 px that clips). */
    const forScreenReaders = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg, .visually-hidden, [hidden], head, script, style') || forScreenReaders(el)) continue;
      if (!el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline' || s.display === 'contents') continue;
      const scrolls = ['auto', 'scroll'].includes(s.overflowX);
      if (scrolls) continue;
      const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(describe(el) + (clips ? ': cut off, ' : ': sticks out by ') + (el.scrollWidth - el.clientWidth) + ' px');
      else if (clips && el.scrollHeight > el.clientHeight + 1) problems.push(describe(el) + ': cut off at the bottom');
    }
    // Report the innermost element only: an element that sticks out makes its ancestors report too.
    return problems;
  })()`);
}
