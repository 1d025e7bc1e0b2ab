package io.github.taskrouter4j.workspace;

/** What a plan does with live resources the definition does not declare. */
public enum Prune {
  /** List them as unmanaged and leave them alone (the default). */
  KEEP_UNMANAGED,
  /** Delete them, after every create and update, in reverse dependency order. */
  DELETE_UNMANAGED
}
