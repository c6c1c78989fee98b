package vn.vbsp.portal.group.domain;

import java.time.LocalDate;

/** A group to found: its code and name, the commune chapter it belongs to, its village, the day it was founded. */
public record NewGroup(String code, String name, Long chapterId, Long villageId, LocalDate foundedOn) {
}
