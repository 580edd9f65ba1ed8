package vn.tongket.commendation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the commendation feature ({@code tongket.commendation.*}), defaults in Java. */
@ConfigurationProperties("tongket.commendation")
public class CommendationProperties {

    /** Largest attachment accepted (bytes); larger uploads are refused with 400. Default 10 MiB. */
    private long maxAttachmentBytes = 10L * 1024 * 1024;

    public long getMaxAttachmentBytes() { return maxAttachmentBytes; }
    public void setMaxAttachmentBytes(long maxAttachmentBytes) { this.maxAttachmentBytes = maxAttachmentBytes; }
}
