package dev.precis.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an input/output operation failed, in words: "permission denied", "no space left on device",
 * "no such file or folder". Java's file exceptions carry only the path in their message; this is
 * the reason, for messages that already name the path.
 */
public final class IoReasons {
  private IoReasons() {}

  /** The reason {@code e} gives, without the path it names. */
  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof FileAlreadyExistsException) return "already exists";
    if (e instanceof DirectoryNotEmptyException) return "folder not empty";
    if (e instanceof FileSystemException f && f.getReason() != null) return lower(f.getReason());
    String m = e.getMessage();
    if (m == null || m.isBlank()) return e.getClass().getSimpleName();
    // FileInputStream's messages are "PATH (Reason)".
    int open = m.lastIndexOf(" (");
    if (open >= 0 && m.endsWith(")")) return lower(m.substring(open + 2, m.length() - 1));
    return lower(m);
  }

  private static String lower(String reason) {
    if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0))
        && Character.isLowerCase(reason.charAt(1))) {
      return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    return reason;
  }
}
