package org.paperboy.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/** Socket factories that switch Nagle's algorithm off on every socket they make. */
final class NoDelaySockets {
  private NoDelaySockets() {}

  static SocketFactory plain() {
    return new Plain(SocketFactory.getDefault());
  }

  static SSLSocketFactory tls() {
    return new Tls((SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  private static Socket noDelay(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    return s;
  }

  /** Makes its sockets with another factory (a TLS one too), then switches Nagle off. */
  private static final class Plain extends SocketFactory {
    private final SocketFactory inner;

    Plain(SocketFactory inner) {
      this.inner = inner;
    }

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(inner.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(inner.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(inner.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(inner.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(inner.createSocket(host, port, local, localPort));
    }
  }

  private static final class Tls extends SSLSocketFactory {
    private final SSLSocketFactory inner;
    private final Plain connected;

    Tls(SSLSocketFactory inner) {
      this.inner = inner;
      this.connected = new Plain(inner);
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return inner.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return inner.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(inner.createSocket());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose)
        throws IOException {
      return noDelay(inner.createSocket(s, host, port, autoClose));
    }

    // the connected sockets are made as the plain factory makes them, over this TLS factory

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return connected.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return connected.createSocket(host, port, local, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return connected.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return connected.createSocket(host, port, local, localPort);
    }
  }
}
