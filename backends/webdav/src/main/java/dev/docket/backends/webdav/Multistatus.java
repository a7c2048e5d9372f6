package dev.docket.backends.webdav;

import dev.docket.runtime.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a PROPFIND's {@code 207 Multi-Status} (RFC 4918 §14.16): one {@link Resource} per
 * {@code <D:response>}, with the properties its {@code 200} propstat carries. Read as a stream
 * (StAX): a listing of 10,000 files is a few megabytes, which a DOM takes seconds to build. The
 * reader is namespace aware and refuses DTDs, so a server cannot make it read local files or
 * expand entities.
 */
final class Multistatus {
  static final String DAV = "DAV:";
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

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
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(body);
      try {
        xml.nextTag();
        if (!isDav(xml, "multistatus")) {
          throw new IOException("the server's PROPFIND answer is not a DAV:multistatus but "
              + xml.getName());
        }
        List<Resource> resources = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
          Resource resource = isDav(xml, "response") ? response(xml) : skip(xml);
          if (resource != null) {
            resources.add(resource);
          }
        }
        return resources;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("the server's PROPFIND answer is not valid XML: " + e.getMessage(), e);
    }
  }

  /**
   * One {@code <D:response>}, the reader on its start tag; null when it has no href or no
   * successful propstat (a response with only a failed status reports nothing there).
   */
  private static Resource response(XMLStreamReader xml) throws XMLStreamException {
    String href = null;
    Props ok = null;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (isDav(xml, "href")) {
        href = xml.getElementText().trim();
      } else if (isDav(xml, "propstat")) {
        Props props = propstat(xml);
        if (props != null && ok == null) {
          ok = props;
        }
      } else {
        skip(xml);
      }
    }
    return href == null || ok == null
        ? null
        : new Resource(path(href), ok.collection, ok.size, ok.lastModified);
  }

  /** The properties a {@code Resource} needs, as one propstat gives them. */
  private static final class Props {
    boolean collection;
    long size;
    long lastModified = Target.UNKNOWN_TIME;
  }

  /** One propstat's properties; null when its status is no success. */
  private static Props propstat(XMLStreamReader xml) throws XMLStreamException {
    Props props = null;
    boolean success = true; // RFC 4918 requires a status; a server that leaves it out means 200
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (isDav(xml, "prop")) {
        props = prop(xml);
      } else if (isDav(xml, "status")) {
        success = isSuccess(xml.getElementText());
      } else {
        skip(xml);
      }
    }
    return success ? props : null;
  }

  private static Props prop(XMLStreamReader xml) throws XMLStreamException {
    Props props = new Props();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (isDav(xml, "resourcetype")) {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
          props.collection |= isDav(xml, "collection");
          skip(xml);
        }
      } else if (isDav(xml, "getcontentlength")) {
        props.size = size(xml.getElementText());
      } else if (isDav(xml, "getlastmodified")) {
        props.lastModified = time(xml.getElementText());
      } else {
        skip(xml);
      }
    }
    return props;
  }

  /** Skips the element the reader is on, with all it holds; the reader ends on its end tag. */
  private static Resource skip(XMLStreamReader xml) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return null;
  }

  private static boolean isDav(XMLStreamReader xml, String name) {
    return DAV.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
  }

  /** {@code HTTP/1.1 200 OK} is a success; {@code HTTP/1.1 404 Not Found} is not. */
  private static boolean isSuccess(String statusLine) {
    String[] parts = statusLine.trim().split("\\s+");
    return parts.length >= 2 && parts[1].startsWith("2");
  }

  private static long size(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static long time(String text) {
    String date = text.trim();
    long fast = fixedRfc1123(date);
    if (fast != Target.UNKNOWN_TIME) {
      return fast;
    }
    try {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return Target.UNKNOWN_TIME;
    }
  }

  /**
   * {@code Tue, 01 Dec 2026 14:13:21 GMT}, the one form servers send, read by position: the
   * general formatter costs more than the rest of a listing's parse together.
   */
  private static long fixedRfc1123(String date) {
    if (date.length() != 29 || date.charAt(3) != ',' || !date.endsWith(" GMT")) {
      return Target.UNKNOWN_TIME;
    }
    int month = MONTHS.indexOf(date.substring(8, 11));
    if (month % 3 != 0) { // also -1: not a month's name
      return Target.UNKNOWN_TIME;
    }
    try {
      return LocalDateTime.of(Integer.parseInt(date, 12, 16, 10), month / 3 + 1,
              Integer.parseInt(date, 5, 7, 10), Integer.parseInt(date, 17, 19, 10),
              Integer.parseInt(date, 20, 22, 10), Integer.parseInt(date, 23, 25, 10))
          .toEpochSecond(ZoneOffset.UTC) * 1000;
    } catch (NumberFormatException | DateTimeException e) {
      return Target.UNKNOWN_TIME; // not this form after all: the formatter decides
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

  /** A reader that refuses DTDs, so a server cannot make it read local files or expand entities. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
