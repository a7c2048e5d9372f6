package dev.docket.backends.webdav;

import dev.docket.runtime.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The body of a PROPFIND's {@code 207 Multi-Status} (RFC 4918 §14.16): one {@link Resource} per
 * {@code <D:response>}, with the properties its {@code 200} propstat carries. The parser is
 * namespace aware and refuses DOCTYPEs, so a server cannot make it read local files or expand
 * entities.
 */
final class Multistatus {
  static final String DAV = "DAV:";

  /** What PROPFIND asks for: only what a {@code RemoteEntry} needs. */
  static final String REQUEST = """
      <?xml version="1.0" encoding="utf-8"?>
      <D:propfind xmlns:D="DAV:"><D:prop>\
      <D:resourcetype/><D:getcontentlength/><D:getlastmodified/>\
      </D:prop></D:propfind>
      """;

  /**
   * One resource of a multistatus.
   *
   * @param path its absolute path, percent-decoded (UTF-8), e.g. {@code /dav/my file.txt}; a
   *     collection's may end in '/'
   */
  record Resource(String path, boolean collection, long size, long lastModified) {
    /** The last part of the path, without a trailing '/'; empty for the root. */
    String name() {
      return nameOf(path);
    }

    static String nameOf(String path) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
  }

  private Multistatus() {}

  static List<Resource> parse(InputStream body) throws IOException {
    Element root;
    try {
      root = parser().parse(body).getDocumentElement();
    } catch (SAXException e) {
      throw new IOException("the server's PROPFIND answer is not valid XML: " + e.getMessage(), e);
    }
    if (!DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
      throw new IOException("the server's PROPFIND answer is not a DAV:multistatus but "
          + root.getNamespaceURI() + root.getLocalName());
    }
    List<Resource> resources = new ArrayList<>();
    for (Element response : children(root, "response")) {
      List<Element> href = children(response, "href");
      if (href.isEmpty()) {
        continue;
      }
      Element prop = okProp(response);
      if (prop == null) {
        continue; // a response with only a failed status: nothing there to report
      }
      resources.add(new Resource(
          path(href.get(0).getTextContent().trim()),
          !children(prop, "resourcetype").isEmpty()
              && !children(children(prop, "resourcetype").get(0), "collection").isEmpty(),
          size(prop),
          time(prop)));
    }
    return resources;
  }

  /** The {@code prop} of the response's propstat with a 2xx status (or none given). */
  private static Element okProp(Element response) {
    for (Element propstat : children(response, "propstat")) {
      List<Element> status = children(propstat, "status");
      List<Element> prop = children(propstat, "prop");
      if (!prop.isEmpty() && (status.isEmpty() || isSuccess(status.get(0).getTextContent()))) {
        return prop.get(0);
      }
    }
    return null;
  }

  /** {@code HTTP/1.1 200 OK} is a success; {@code HTTP/1.1 404 Not Found} is not. */
  private static boolean isSuccess(String statusLine) {
    String[] parts = statusLine.trim().split("\\s+");
    return parts.length >= 2 && parts[1].startsWith("2");
  }

  private static long size(Element prop) {
    List<Element> length = children(prop, "getcontentlength");
    if (length.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(length.get(0).getTextContent().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long time(Element prop) {
    List<Element> modified = children(prop, "getlastmodified");
    if (modified.isEmpty()) {
      return Target.UNKNOWN_TIME;
    }
    try {
      return ZonedDateTime.parse(modified.get(0).getTextContent().trim(),
          DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return Target.UNKNOWN_TIME;
    }
  }

  /**
   * The decoded path of an href, which is an absolute path or a whole URL (RFC 4918 §8.3),
   * percent-encoded; a server that sends raw characters is read as it wrote them.
   */
  static String path(String href) {
    String path = href;
    int scheme = path.indexOf("://");
    if (scheme > 0 && path.indexOf('/') > scheme) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    return percentDecode(path);
  }

  /** %XX sequences as UTF-8 bytes; '+' stays a plus (a path is not a form). */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length
          && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
        bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<Element> children(Element parent, String davName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element
          && DAV.equals(element.getNamespaceURI()) && davName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // throws, never prints "[Fatal Error]"
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException("the JDK's XML parser cannot be configured safely", e);
    }
  }
}
