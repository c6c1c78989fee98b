package vn.vbsp.portal.partner.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssociationChapterRepository extends JpaRepository<AssociationChapter, Long> {

    boolean existsByAssociationIdAndLevel(int associationId, vn.vbsp.portal.partner.ChapterLevel level);

    boolean existsByAssociationIdAndCommuneId(int associationId, Long communeId);
}
