package vn.vbsp.portal.network;

/** A commune of the office's area, with its transaction point's fixed monthly day (null until a point is set up). */
public record CommuneSummary(long id, String code, String name, Integer pointDay) {
}
