package io.github.taskrouter4j.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the fenced code blocks of Markdown pages: {@code ```java} blocks are compiled, {@code
 * ```java run} blocks are compiled and run, and a {@code ```text output} block right after a run
 * block is what that run must print. Other fences ({@code bash}, {@code xml}, {@code text}, …) are
 * skipped.
 */
final class MarkdownBlocks {
  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*(.*?)\\s*$");

  private MarkdownBlocks() {}

  /** The Markdown pages the docs test reads: {@code README.md} and {@code docs/**}{@code /*.md}. */
  static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        pages.addAll(
            files
                .filter(f -> f.getFileName().toString().endsWith(".md"))
                .sorted()
                .collect(Collectors.toList()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not list " + docs, e);
      }
    }
    return pages;
  }

  /** The java blocks of one page, named by its path relative to {@code root}. */
  static List<DocBlock> read(Path root, Path page) {
    try {
      return parse(root.relativize(page), Files.readString(page, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + page, e);
    }
  }

  /** The java blocks of a page's text; {@code file} only names where they come from. */
  static List<DocBlock> parse(Path file, String text) {
    String[] lines = text.split("\n", -1);
    List<DocBlock> blocks = new ArrayList<>();
    DocBlock pendingRun = null;
    int i = 0;
    while (i < lines.length) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        if (!lines[i].isBlank()) {
          pendingRun = flush(blocks, pendingRun);
        }
        i++;
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      String info = open.group(3);
      int openLine = i + 1;
      StringBuilder body = new StringBuilder();
      i++;
      while (i < lines.length && !closes(lines[i], fence)) {
        body.append(unindent(lines[i], indent)).append('\n');
        i++;
      }
      if (i == lines.length) {
        throw new IllegalArgumentException(
            file + ":" + openLine + ": the code block opened here is never closed with " + fence);
      }
      i++;
      String[] words = info.split("\\s+");
      if (words[0].equals("text") && words.length > 1 && words[1].equals("output")) {
        if (pendingRun == null) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + openLine
                  + ": a ```text output block must directly follow a ```java run block");
        }
        blocks.add(withOutput(pendingRun, body.toString()));
        pendingRun = null;
        continue;
      }
      pendingRun = flush(blocks, pendingRun);
      if (!words[0].equals("java")) {
        continue;
      }
      DocBlock block =
          new DocBlock(
              file, openLine + 1, mode(file, openLine, words), body.toString(), Optional.empty());
      if (block.mode() == DocBlock.Mode.RUN) {
        pendingRun = block;
      } else {
        blocks.add(block);
      }
    }
    flush(blocks, pendingRun);
    return blocks;
  }

  private static DocBlock.Mode mode(Path file, int line, String[] words) {
    if (words.length == 1) {
      return DocBlock.Mode.COMPILE;
    }
    if (words.length == 2 && words[1].equals("run")) {
      return DocBlock.Mode.RUN;
    }
    throw new IllegalArgumentException(
        file
            + ":"
            + line
            + ": unknown code block kind '"
            + String.join(" ", words)
            + "'; allowed: ```java (compiled) or ```java run (compiled and run)");
  }

  private static DocBlock flush(List<DocBlock> blocks, DocBlock pendingRun) {
    if (pendingRun != null) {
      blocks.add(pendingRun);
    }
    return null;
  }

  private static DocBlock withOutput(DocBlock run, String output) {
    return new DocBlock(run.file(), run.firstLine(), run.mode(), run.source(), Optional.of(output));
  }

  private static boolean closes(String line, String fence) {
    String trimmed = line.strip();
    return trimmed.length() >= fence.length()
        && trimmed.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static String unindent(String line, int indent) {
    int strip = 0;
    while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
      strip++;
    }
    return line.substring(strip);
  }
}
