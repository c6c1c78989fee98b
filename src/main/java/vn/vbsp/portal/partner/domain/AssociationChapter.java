package vn.vbsp.portal.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.partner.ChapterLevel;

/** An organisation at district level or in one commune, with its chair and phone. */
@Entity
@Table(name = "association_chapter")
class AssociationChapter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "association_id", nullable = false, updatable = false)
    private int associationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChapterLevel level;

    @Column(name = "commune_id", updatable = false)
    private Long communeId;

    @Column(name = "chair_name")
    private String chairName;

    private String phone;

    @Version
    private long version;

    protected AssociationChapter() {
    }

    AssociationChapter(int associationId, ChapterLevel level, Long communeId, String chairName, String phone) {
        this.associationId = associationId;
        this.level = level;
        this.communeId = level == ChapterLevel.COMMUNE ? communeId : null;
        describe(chairName, phone);
    }

    void describe(String chairName, String phone) {
        this.chairName = chairName;
        this.phone = phone;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("associationId", associationId);
        view.put("level", level.name());
        view.put("communeId", communeId);
        view.put("chairName", chairName);
        view.put("phone", phone);
        return view;
    }

    Long getId() {
        return id;
    }

    int getAssociationId() {
        return associationId;
    }

    ChapterLevel getLevel() {
        return level;
    }

    Long getCommuneId() {
        return communeId;
    }
}
