package io.github.taskrouter4j.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Base URI checks, Twilio region/edge host rewriting, path resolution and form encoding. */
final class Urls {
  private static final String TWILIO_DOMAIN = ".twilio.com";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  private Urls() {}

  /**
   * Checks a region or edge name such as {@code au1} or {@code sydney}.
   *
   * @param field {@code region} or {@code edge}
   * @param value the name
   * @return the name
   */
  public static String checkLabel(String field, String value) {
    if (value == null || !LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be a lowercase DNS label such as "
              + ("region".equals(field) ? "\"au1\" or \"ie1\"" : "\"sydney\" or \"dublin\"")
              + ", was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * Rewrites a {@code *.twilio.com} host the way Twilio documents it: {@code
   * {product}.{edge}.{region}.twilio.com}; an edge without a region implies region {@code us1}.
   * Other hosts are returned unchanged.
   *
   * @param uri the URI
   * @param region the region to use, else the one in the host
   * @param edge the edge to use, else the one in the host
   * @return the rewritten URI
   */
  public static URI applyRegion(URI uri, Optional<String> region, Optional<String> edge) {
    String host = uri.getHost();
    if (host == null || (region.isEmpty() && edge.isEmpty()) || !isTwilio(host)) {
      return uri;
    }
    String[] labels =
        host.substring(0, host.length() - TWILIO_DOMAIN.length())
            .toLowerCase(Locale.ROOT)
            .split("\\.");
    String product = labels[0];
    String hostEdge = labels.length == 3 ? labels[1] : null;
    String hostRegion = labels.length == 3 ? labels[2] : labels.length == 2 ? labels[1] : null;
    String newEdge = edge.orElse(hostEdge);
    String newRegion = region.orElse(hostRegion);
    if (newEdge != null && newRegion == null) {
      newRegion = "us1";
    }
    StringBuilder newHost = new StringBuilder(product);
    if (newEdge != null) {
      newHost.append('.').append(newEdge);
    }
    if (newRegion != null) {
      newHost.append('.').append(newRegion);
    }
    newHost.append(TWILIO_DOMAIN);
    return withHost(uri, newHost.toString());
  }

  /** Whether the host is Twilio's. */
  static boolean isTwilio(String host) {
    return host.toLowerCase(Locale.ROOT).endsWith(TWILIO_DOMAIN);
  }

  /**
   * Refuses anything but {@code https}, or {@code http} to a loopback address.
   *
   * @param uri the URI about to be used
   * @param what how to name it in the message
   */
  public static void checkSecure(URI uri, String what) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && isLoopback(uri.getHost())) {
      return;
    }
    throw new IllegalArgumentException(
        what
            + " must use https (plain http is allowed only to localhost, 127.0.0.0/8 or [::1]"
            + " so that credentials never cross a network in clear text), was "
            + uri.getScheme()
            + "://"
            + uri.getHost());
  }

  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || LOOPBACK_V4.matcher(h).matches();
  }

  /**
   * The absolute URI for a request path: a relative path is appended to the base; a full URL keeps
   * its host if it is the base's host or, when the base is Twilio, another Twilio host (with the
   * region and edge applied); any other host is replaced by the base's, so credentials never go to
   * a host the client was not configured for.
   *
   * @param base the base URI, region and edge applied
   * @param path the request path or full URL
   * @param region the configured region
   * @param edge the configured edge
   * @param query the query parameters to add
   * @return the URI
   */
  public static URI resolve(
      URI base,
      String path,
      Optional<String> region,
      Optional<String> edge,
      Map<String, List<String>> query) {
    String target;
    if (path.startsWith("/")) {
      String prefix = base.toString();
      target =
          prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) + path : prefix + path;
    } else {
      URI full = parse(path);
      boolean sameHost =
          full.getHost() != null
              && full.getHost().equalsIgnoreCase(base.getHost())
              && full.getPort() == base.getPort()
              && full.getScheme().equalsIgnoreCase(base.getScheme());
      if (sameHost) {
        target = path;
      } else if (full.getHost() != null && isTwilio(full.getHost()) && isTwilio(base.getHost())) {
        target = applyRegion(full, region, edge).toString();
      } else {
        String prefix = base.getScheme() + "://" + base.getRawAuthority();
        target =
            prefix
                + full.getRawPath()
                + (full.getRawQuery() == null ? "" : "?" + full.getRawQuery());
      }
    }
    if (!query.isEmpty()) {
      target = target + (target.indexOf('?') < 0 ? '?' : '&') + encode(query);
    }
    return parse(target);
  }

  /**
   * Why {@code text} is not a valid URI reference, or empty if it is one.
   *
   * @param text a URL or path received from a server
   * @return the reason and index, for a message
   */
  static Optional<String> problem(String text) {
    try {
      new URI(text);
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of(e.getReason() + " at index " + e.getIndex());
    }
  }

  private static URI parse(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid URI: \"" + text + "\" (" + e.getReason() + " at index " + e.getIndex() + ")",
          e);
    }
  }

  private static URI withHost(URI uri, String host) {
    try {
      return new URI(
          uri.getScheme(),
          uri.getUserInfo(),
          host,
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot set host " + host + " on " + uri, e);
    }
  }

  /**
   * {@code application/x-www-form-urlencoded}: {@code key=value} joined by {@code &}, UTF-8, a
   * space as {@code +}, a key with several values repeated.
   *
   * @param parameters the parameters in order
   * @return the encoded text
   */
  public static String encode(Map<String, List<String>> parameters) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String key = URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8);
      for (String value : parameter.getValue()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }
}
