package vn.vbsp.portal.shared;

/** How an upload over the container's size limit shows itself, for the pages that answer it with the limit. */
public final class UploadLimits {

    private UploadLimits() {
    }

    /** Whether the container refused the request for its size (it says so in the exception's causes). */
    public static boolean exceeded(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
                    || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }
}
