package vn.vbsp.portal.partner.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.vbsp.portal.partner.ChapterLevel;

interface AssociationChapterRepository extends JpaRepository<AssociationChapter, Long> {

    boolean existsByAssociationIdAndLevel(int associationId, ChapterLevel level);

    boolean existsByAssociationIdAndCommuneId(int associationId, Long communeId);
}
