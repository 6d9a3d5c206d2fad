import { el } from './dom.js';

/** A file picker that also takes files dropped anywhere on its zone. */
export function fileDrop(options: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly multiple: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}): HTMLElement {
  const input = el('input', { type: 'file', id: options.id, accept: options.accept, multiple: options.multiple, class: 'file-input' });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Cleared, so that choosing the same file again after editing it loads it again.
    input.value = '';
    if (files.length > 0) options.onFiles(files);
  });
  const zone = el('div', { class: 'drop-zone', 'data-drop': options.id }, el('label', { for: options.id, class: 'button' }, options.label), input, el('p', { class: 'hint' }, options.hint));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) options.onFiles(files);
  });
  return zone;
}
