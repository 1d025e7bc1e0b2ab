package io.github.taskrouter4j.examples.docs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One fenced {@code ```java} block of a Markdown page, with the line it starts on. */
final class DocBlock {

  /**
   * What the test does with a block: {@code ```java} compiles it, {@code ```java run} also runs it.
   */
  enum Mode {
    COMPILE,
    RUN
  }

  private final Path file;
  private final int firstLine;
  private final Mode mode;
  private final String source;
  private final Optional<String> expectedOutput;

  DocBlock(Path file, int firstLine, Mode mode, String source, Optional<String> expectedOutput) {
    this.file = Objects.requireNonNull(file, "file == null");
    this.firstLine = firstLine;
    this.mode = Objects.requireNonNull(mode, "mode == null");
    this.source = Objects.requireNonNull(source, "source == null");
    this.expectedOutput = Objects.requireNonNull(expectedOutput, "expectedOutput == null");
  }

  /** The Markdown file the block is in. */
  Path file() {
    return file;
  }

  /** The line of the file holding the block's first source line (1-based). */
  int firstLine() {
    return firstLine;
  }

  Mode mode() {
    return mode;
  }

  String source() {
    return source;
  }

  /** The {@code ```text output} block that follows a run block, if there is one. */
  Optional<String> expectedOutput() {
    return expectedOutput;
  }

  /** {@code file:line} of the given line of the block (1-based within the block). */
  String location(long lineInBlock) {
    return file + ":" + (firstLine + lineInBlock - 1);
  }

  @Override
  public String toString() {
    return location(1) + (mode == Mode.RUN ? " (run)" : "");
  }
}
