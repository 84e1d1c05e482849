package io.github.tagkit.model.testing;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A default proxy selector that records and refuses every connection attempt: any socket and URL
 * connection asks it first, so a test can hold code to making none.
 */
public final class NetworkRecorder extends ProxySelector {
  private final List<String> attempts = new CopyOnWriteArrayList<>();

  /** Installs a recorder as the default proxy selector. */
  public static NetworkRecorder install() {
    NetworkRecorder recorder = new NetworkRecorder();
    ProxySelector.setDefault(recorder);
    return recorder;
  }

  /** Every address a connection was attempted to, in order. */
  public List<String> attempts() {
    return attempts;
  }

  @Override
  public List<Proxy> select(URI uri) {
    attempts.add(uri.toString());
    throw new IllegalStateException("network access attempted: " + uri);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException e) {
    attempts.add(uri.toString());
  }
}
