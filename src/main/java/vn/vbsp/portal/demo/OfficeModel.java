package vn.vbsp.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pieces of the demo office that later pieces point at, with the ids their rows were given. */
final class OfficeModel {

    private OfficeModel() {
    }

    record Commune(long id, String code, String name, int pointDay, List<Village> villages, String viceChair) {
    }

    record Village(long id, long communeId, String name) {
    }

    /** An organisation's chapter: district level when {@code commune} is null. */
    record Chapter(long id, String association, short associationId, Commune commune, String chair) {

        /** The chair with the title a Vietnamese reader expects, e.g. "Chủ tịch Hội Nông dân Nguyễn Văn An". */
        String chairWithTitle() {
            String title = switch (association) {
                case "HND" -> "Chủ tịch Hội Nông dân";
                case "HPN" -> "Chủ tịch Hội Phụ nữ";
                case "CCB" -> "Chủ tịch Hội Cựu chiến binh";
                case "DTN" -> "Bí thư Đoàn Thanh niên";
                default -> association;
            };
            return title + " " + chair;
        }
    }

    record Network(List<Commune> communes, Map<String, Chapter> districtChapters,
            Map<String, Chapter> communeChapters, List<String> creditOfficers) {

        Chapter communeChapter(String association, Commune commune) {
            return communeChapters.get(association + ":" + commune.code());
        }
    }

    /** A savings-and-loan group; its members are added as the households are made. */
    record Group(long id, String code, String name, Chapter chapter, Commune commune, Village village,
            LocalDate foundedOn, int plannedSize, List<Household> members) {

        Group(long id, String code, String name, Chapter chapter, Commune commune, Village village,
                LocalDate foundedOn, int plannedSize) {
            this(id, code, name, chapter, commune, village, foundedOn, plannedSize, new ArrayList<>());
        }

        String association() {
            return chapter.association();
        }

        short associationId() {
            return chapter.associationId();
        }
    }

    /** A borrower household; {@code group} is null for one that borrows directly. */
    record Household(long id, String headName, boolean male, LocalDate birthDate, Commune commune, Village village,
            String category, Group group, LocalDate joinedOn) {
    }
}
