package io.github.tagkit.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How pages name links: by what they are (GitHub Issues, CNCF Slack) or by their address. */
final class LinkNames {
  private LinkNames() {}

  /**
   * A link as templates see it: {@code url}, {@code text} (the address), {@code host} and {@code
   * name}.
   */
  static Map<String, Object> of(String url) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("url", url);
    link.put("text", text(url));
    link.put("name", name(url));
    link.put("host", text(url).replaceFirst("/.*$", ""));
    return link;
  }

  static Optional<Map<String, Object>> of(Optional<String> url) {
    return url.map(LinkNames::of);
  }

  /** The address without scheme or trailing slash: {@code github.com/cncf/tag-infrastructure}. */
  static String text(String url) {
    return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/+$", "");
  }

  /** What the link is, for the CNCF's well-known places; the address otherwise. */
  static String name(String url) {
    String host;
    String path;
    try {
      URI uri = URI.create(url);
      host = Optional.ofNullable(uri.getHost()).orElse("").replaceFirst("^www\\.", "");
      path = Optional.ofNullable(uri.getPath()).orElse("").replaceFirst("/+$", "");
    } catch (IllegalArgumentException e) {
      return text(url);
    }
    if (host.equals("github.com")) {
      String[] parts = path.split("/");
      if (parts.length == 3) {
        return "GitHub Repository";
      }
      return parts.length >= 4 && parts[3].equals("issues") ? "GitHub Issues" : "GitHub";
    }
    if (host.equals("cncf.io") && path.startsWith("/calendar")) {
      return "CNCF Public Calendar";
    }
    if (host.equals("youtube.com")) {
      return path.equals("/c/cloudnativefdn") ? "CNCF YouTube Channel" : "YouTube Channel";
    }
    if (host.equals("cloud-native.slack.com") || host.equals("slack.cncf.io")) {
      return "CNCF Slack";
    }
    if (host.equals("zoom-lfx.platform.linuxfoundation.org")) {
      return path.startsWith("/meetings/") ? "LFX Calendar" : "Zoom";
    }
    if (host.endsWith("zoom.us")) {
      return "Zoom";
    }
    return text(url);
  }
}
