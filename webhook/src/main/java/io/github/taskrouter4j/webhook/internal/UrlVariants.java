package io.github.taskrouter4j.webhook.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings of one URL that Twilio may have signed: with and without the scheme's default port
 * and, if allowed, with the other scheme (a proxy terminating TLS). Internal.
 */
public final class UrlVariants {
  private UrlVariants() {}

  /**
   * Lists the candidate URLs, the given one first. Path and query are kept byte for byte.
   *
   * @param url the URL as reconstructed by the server
   * @param otherScheme whether to add the http/https twin
   * @return distinct candidates in a stable order
   */
  public static List<String> of(String url, boolean otherScheme) {
    Set<String> out = new LinkedHashSet<>();
    out.add(url);
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) {
      return new ArrayList<>(out);
    }
    String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new ArrayList<>(out);
    }
    int authorityStart = schemeEnd + 3;
    int authorityEnd = url.length();
    for (int i = authorityStart; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        authorityEnd = i;
        break;
      }
    }
    String authority = url.substring(authorityStart, authorityEnd);
    String rest = url.substring(authorityEnd);
    int colon = authority.lastIndexOf(':');
    String host = authority;
    String port = "";
    if (colon > authority.lastIndexOf(']') && colon > authority.lastIndexOf('@')) {
      host = authority.substring(0, colon);
      port = authority.substring(colon + 1);
    }
    addVariants(out, scheme, host, port, scheme, rest);
    if (otherScheme) {
      addVariants(out, scheme.equals("https") ? "http" : "https", host, port, scheme, rest);
    }
    return new ArrayList<>(out);
  }

  private static void addVariants(
      Set<String> out,
      String scheme,
      String host,
      String port,
      String originalScheme,
      String rest) {
    boolean defaultPort = port.isEmpty() || port.equals(defaultPort(originalScheme));
    if (defaultPort) {
      out.add(scheme + "://" + host + rest);
      out.add(scheme + "://" + host + ":" + defaultPort(scheme) + rest);
    } else {
      out.add(scheme + "://" + host + ":" + port + rest);
    }
  }

  private static String defaultPort(String scheme) {
    return scheme.equals("https") ? "443" : "80";
  }
}
