package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.vbsp.portal.demo.OfficeModel.Chapter;
import vn.vbsp.portal.demo.OfficeModel.Commune;
import vn.vbsp.portal.demo.OfficeModel.Network;
import vn.vbsp.portal.demo.OfficeModel.Village;

/**
 * The office's area: communes with their villages and transaction points (each with its team), and the
 * four organisations' chapters at district and commune level, each with its entrustment contract.
 */
final class NetworkBuilder {

    static final String DISTRICT = "Yên Thành";
    static final String PROVINCE = "Nghệ An";

    private static final List<String> COMMUNES = List.of(
            "Hoa Thành", "Hợp Thành", "Tăng Thành", "Văn Thành", "Đô Thành", "Công Thành", "Hậu Thành",
            "Phúc Thành", "Lăng Thành", "Kim Thành", "Long Thành", "Mỹ Thành", "Nhân Thành", "Bắc Thành");

    private static final List<String> NAMED_VILLAGES = List.of(
            "Xóm Đông", "Xóm Tây", "Xóm Nam", "Xóm Bắc", "Xóm Trung", "Xóm Yên Lạc", "Xóm Tân Hợp", "Xóm Đồng Tâm",
            "Xóm Thượng", "Xóm Hạ", "Xóm Phú Xuân", "Xóm Hòa Bình", "Xóm Tiến Thủy", "Xóm Kim Liên", "Xóm Xuân Đình",
            "Xóm Phúc Lộc", "Xóm Tân Yên", "Xóm Quyết Tiến", "Xóm Đại Đồng", "Xóm Minh Tân");

    private static final String TASKS = "Tuyên truyền chính sách tín dụng ưu đãi; chỉ đạo thành lập, củng cố và kiểm tra "
            + "hoạt động của các tổ TK&VV; phối hợp bình xét cho vay; kiểm tra sử dụng vốn vay; đôn đốc thu lãi, "
            + "thu nợ gốc và xử lý nợ quá hạn";

    private final Dice dice;
    private final Ids ids;
    private final Catalogue catalogue;
    private final VietnameseNames names;
    private final LocalDate today;

    NetworkBuilder(Dice dice, Ids ids, Catalogue catalogue, LocalDate today) {
        this.dice = dice;
        this.ids = ids;
        this.catalogue = catalogue;
        this.names = new VietnameseNames(dice);
        this.today = today;
    }

    Network build(CopyBatch batch) {
        CopyRows communeRows = batch.table("commune", "id", "code", "name");
        CopyRows villageRows = batch.table("village", "id", "commune_id", "name");
        CopyRows pointRows = batch.table("transaction_point", "id", "commune_id", "place", "day_of_month");
        CopyRows teamRows = batch.table("transaction_point_member", "point_id", "duty", "full_name", "position");
        CopyRows chapterRows = batch.table("association_chapter", "id", "association_id", "level", "commune_id",
                "chair_name", "phone");
        CopyRows contractRows = batch.table("entrustment_contract", "chapter_id", "contract_no", "signed_on", "tasks");

        List<String> leaders = staff(3, true);
        List<String> creditOfficers = staff(5, false);
        List<String> controllers = staff(3, false);
        List<String> tellers = staff(4, false);
        // each point meets on its own day, spread over the month, so the office can attend them all
        List<Integer> days = dice.shuffled(IntStream.rangeClosed(1, 28).boxed().toList());

        List<Commune> communes = new ArrayList<>();
        for (int i = 0; i < COMMUNES.size(); i++) {
            String name = COMMUNES.get(i);
            long id = ids.next("commune");
            String code = String.format("X%02d", i + 1);
            communeRows.add(id).add(code).add(name).end();
            List<Village> villages = villages(id, dice.between(6, 10), i % 2 == 0);
            for (Village village : villages) {
                villageRows.add(village.id()).add(id).add(village.name()).end();
            }
            Commune commune = new Commune(id, code, name, days.get(i), villages, names.fullName(dice.chance(0.7)));
            communes.add(commune);

            long pointId = ids.next("transaction_point");
            String place = dice.chance(0.6) ? "Nhà văn hóa xã " + name : "Hội trường UBND xã " + name;
            pointRows.add(pointId).add(id).add(place).add(commune.pointDay()).end();
            teamRows.add(pointId).add("LEADER").add(dice.pick(leaders)).add("Tổ trưởng tổ giao dịch lưu động").end();
            teamRows.add(pointId).add("CONTROLLER").add(dice.pick(controllers)).add("Kiểm soát viên").end();
            teamRows.add(pointId).add("TELLER").add(dice.pick(tellers)).add("Giao dịch viên").end();
            teamRows.add(pointId).add("MEMBER").add(commune.viceChair()).add("Phó Chủ tịch UBND xã " + name).end();
        }

        Map<String, Chapter> district = new LinkedHashMap<>();
        Map<String, Chapter> perCommune = new LinkedHashMap<>();
        LocalDate signed = LocalDate.of(today.getYear() - 6, 1, 1).plusDays(dice.between(5, 40));
        for (Map.Entry<String, Short> association : catalogue.associations().entrySet()) {
            String code = association.getKey();
            Chapter chapter = chapter(chapterRows, code, association.getValue(), null);
            district.put(code, chapter);
            contractRows.add(chapter.id()).add(String.format("%02d/%d/HĐUT-%s", district.size(), signed.getYear(), code))
                    .add(signed).add(TASKS).end();
            for (Commune commune : communes) {
                Chapter local = chapter(chapterRows, code, association.getValue(), commune);
                perCommune.put(code + ":" + commune.code(), local);
                contractRows.add(local.id())
                        .add(String.format("%s/%d/HĐUT-%s", commune.code(), signed.getYear(), code))
                        .add(signed.plusDays(dice.between(3, 25))).add(TASKS).end();
            }
        }
        return new Network(List.copyOf(communes), district, perCommune, creditOfficers);
    }

    private List<Village> villages(long communeId, int count, boolean numbered) {
        List<String> villageNames = numbered
                ? IntStream.rangeClosed(1, count).mapToObj(n -> "Xóm " + n).toList()
                : dice.shuffled(NAMED_VILLAGES).subList(0, count);
        return villageNames.stream().map(name -> new Village(ids.next("village"), communeId, name)).toList();
    }

    private Chapter chapter(CopyRows rows, String association, short associationId, OfficeModel.Commune commune) {
        long id = ids.next("association_chapter");
        boolean male = switch (association) {
            case "HPN" -> false;
            case "CCB" -> true;
            default -> dice.chance(0.75);
        };
        String chair = names.fullName(male);
        rows.add(id).add(associationId).add(commune == null ? "DISTRICT" : "COMMUNE")
                .add(commune == null ? null : commune.id()).add(chair).add(phone(dice)).end();
        return new Chapter(id, association, associationId, commune, chair);
    }

    private List<String> staff(int count, boolean mostlyMen) {
        return IntStream.range(0, count).mapToObj(i -> names.fullName(dice.chance(mostlyMen ? 0.7 : 0.4))).toList();
    }

    /** A Vietnamese mobile number: ten digits after one of the carriers' prefixes. */
    static String phone(Dice dice) {
        return dice.pick("098", "097", "096", "091", "094", "088", "086", "035", "036", "039", "083", "085")
                + String.format("%07d", dice.between(0, 9_999_999));
    }
}
