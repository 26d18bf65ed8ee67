import { type ModelInfo } from '@modelgate/provider-contracts';
import { IMAGE_MEDIA_TYPES, PDF_MEDIA_TYPE } from '../shared/api-contract';
import { attachmentRefusal } from '../shared/attachment-policy';
import { checkFile, formatBytes, imageUrl, readAttachment } from './attachments';
import { element } from './dom';
import { type PageAttachment } from './transcript';

export interface ComposerElements {
  /** Where files may be dropped. */
  dropZone: HTMLElement;
  prompt: HTMLTextAreaElement;
  fileInput: HTMLInputElement;
  attachButton: HTMLButtonElement;
  list: HTMLElement;
  /** Why a file was refused, or what the model takes. */
  notice: HTMLElement;
}

export interface ComposerContext {
  model(): ModelInfo | null;
  /** Attachments the conversation already carries (the answered turns'). */
  attachedBefore(): number;
}

export interface Composer {
  attachments(): PageAttachment[];
  clear(): void;
  /** Says what the selected model takes; call when the model changes. */
  modelChanged(): void;
  /** Why the turn cannot be sent to the selected model with its files, or `null`. */
  refusal(history: readonly PageAttachment[]): string | null;
}

function describeTakes(model: ModelInfo | null): string {
  if (model === null) return '';
  const takes = [model.capabilities.vision === true ? 'images' : null, model.capabilities.pdf === true ? 'PDF files' : null].filter(Boolean);
  return takes.length === 0 ? `${model.id} takes no attachments (its capabilities say neither vision nor pdf).` : `${model.id} takes ${takes.join(' and ')}.`;
}

/** The prompt's attachments: from the file picker, pasted into the prompt, or dropped on the form. */
export function createComposer(elements: ComposerElements, context: ComposerContext): Composer {
  let pending: PageAttachment[] = [];

  const say = (text: string, tone: 'info' | 'refused') => {
    elements.notice.textContent = text;
    elements.notice.dataset['tone'] = tone;
  };

  function renderList(): void {
    elements.list.replaceChildren(
      ...pending.map((attachment, index) => {
        const remove = element('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${attachment.name}` }, '×');
        remove.addEventListener('click', () => {
          pending = pending.filter((_, at) => at !== index);
          renderList();
          elements.prompt.focus();
        });
        const preview = attachment.kind === 'image' ? element('img', { src: imageUrl(attachment), alt: '' }) : element('span', { class: 'file' }, 'PDF');
        return element('li', { 'data-testid': 'pending-attachment' }, preview, `${attachment.name} (${formatBytes(attachment.bytes)})`, remove);
      }),
    );
  }

  async function addNow(files: readonly File[]): Promise<void> {
    for (const file of files) {
      const check = checkFile(file, context.model(), context.attachedBefore() + pending.length);
      if (!check.ok) {
        say(check.reason, 'refused');
        continue;
      }
      const attachment = await readAttachment(file, check.kind);
      pending = [...pending, attachment];
      say(`${file.name} attached.`, 'info');
      renderList();
    }
  }

  // One delivery at a time: a paste while a drop is still being read would otherwise check the limit, and
  // build the list, from what was pending before either, and one of the two files would be lost.
  let delivered = Promise.resolve();
  function add(files: readonly File[]): Promise<void> {
    delivered = delivered.then(() => addNow(files));
    return delivered;
  }

  elements.attachButton.addEventListener('click', () => elements.fileInput.click());
  elements.fileInput.addEventListener('change', () => {
    void add([...(elements.fileInput.files ?? [])]).finally(() => (elements.fileInput.value = ''));
  });
  elements.prompt.addEventListener('paste', (event) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void add(files);
  });
  elements.dropZone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    elements.dropZone.classList.add('dropping');
  });
  elements.dropZone.addEventListener('dragleave', () => elements.dropZone.classList.remove('dropping'));
  elements.dropZone.addEventListener('drop', (event) => {
    elements.dropZone.classList.remove('dropping');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void add(files);
  });

  return {
    attachments: () => pending,
    clear() {
      pending = [];
      renderList();
      say(describeTakes(context.model()), 'info');
    },
    modelChanged() {
      const model = context.model();
      const accepted = [...(model?.capabilities.vision === true ? IMAGE_MEDIA_TYPES : []), ...(model?.capabilities.pdf === true ? [PDF_MEDIA_TYPE] : [])];
      // An empty accept would offer every file: the refusal then says why.
      elements.fileInput.accept = accepted.length === 0 ? [...IMAGE_MEDIA_TYPES, PDF_MEDIA_TYPE].join(',') : accepted.join(',');
      say(describeTakes(model), 'info');
    },
    refusal(history) {
      const model = context.model();
      if (model === null) return null;
      for (const attachment of [...history, ...pending]) {
        const refusal = attachmentRefusal(attachment.kind, model);
        if (refusal !== null) return `${attachment.name}: ${refusal}. Remove it, start a new chat, or pick another model.`;
      }
      return null;
    },
  };
}
