package org.jlua.vm.lib;

import java.io.IOException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failed I/O operation as C reports it: the strerror text and the errno value that
 * io functions return as their second and third results.
 */
final class IoFailure extends IOException {
    static final int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOSPC = 28, ESPIPE = 29, EPIPE = 32, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;

    final int errno;

    IoFailure(int errno) {
        super(strerror(errno));
        this.errno = errno;
    }

    /** A failure is an expected result, not a bug: no stack trace to capture. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The text of {@code errno} in glibc's C locale. */
    static String strerror(int errno) {
        return switch (errno) {
            case ENOENT -> "No such file or directory";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOSPC -> "No space left on device";
            case ESPIPE -> "Illegal seek";
            case EPIPE -> "Broken pipe";
            case ENAMETOOLONG -> "File name too long";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            default -> "Input/output error";
        };
    }

    /** The errno that a Java I/O exception stands for; Java reports the OS's text, which is matched. */
    static IoFailure of(Exception e) {
        if (e instanceof IoFailure f) return f;
        if (e instanceof NoSuchFileException) return new IoFailure(ENOENT);
        if (e instanceof AccessDeniedException) return new IoFailure(EACCES);
        if (e instanceof FileAlreadyExistsException) return new IoFailure(EEXIST);
        if (e instanceof NotDirectoryException) return new IoFailure(ENOTDIR);
        if (e instanceof DirectoryNotEmptyException) return new IoFailure(ENOTEMPTY);
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return new IoFailure(EBADF);
        }
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text != null) {
            for (int errno : new int[] {ENOENT, EBADF, EACCES, EEXIST, ENOTDIR, EISDIR, EINVAL, ENOSPC, ESPIPE, EPIPE,
                    ENAMETOOLONG, ENOTEMPTY, ELOOP}) {
                if (text.contains(strerror(errno))) return new IoFailure(errno);
            }
        }
        return new IoFailure(EIO);
    }
}
