import { isChatModel, type ModelInfo } from '@modelgate/provider-contracts';

/** "1 embedding model", "2 embedding models". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** How many of the models take chats and how many embeddings (discovery lists no other kind). */
export function countByPurpose(models: readonly Pick<ModelInfo, 'mode'>[]): { chat: number; embedding: number } {
  const chat = models.filter(isChatModel).length;
  return { chat, embedding: models.length - chat };
}

/** "3 chat models, 1 embedding model"; the embedding part only when there are some. */
export function formatModelCounts(models: readonly Pick<ModelInfo, 'mode'>[]): string {
  const { chat, embedding } = countByPurpose(models);
  return embedding === 0 ? plural(chat, 'chat model') : `${plural(chat, 'chat model')}, ${plural(embedding, 'embedding model')}`;
}
