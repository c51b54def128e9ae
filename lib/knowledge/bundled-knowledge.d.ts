declare module 'virtual:bundled-knowledge' {
  /** The bundled source documents, compiled at build time by `lib/knowledge`. */
  const pack: import('./types').KnowledgePack;
  export default pack;
}
