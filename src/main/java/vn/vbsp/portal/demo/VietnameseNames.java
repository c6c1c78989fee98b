package vn.vbsp.portal.demo;

/**
 * Vietnamese personal names (family, middle, given) with the family names weighted roughly as they are
 * spread in Nghệ An, where Hồ, Thái and Võ are commoner than in the country as a whole.
 */
final class VietnameseNames {

    private static final Weighted<String> FAMILY = Weighted.of("Nguyễn", 34)
            .or("Trần", 10).or("Lê", 9).or("Phạm", 5).or("Hoàng", 5).or("Phan", 5).or("Vũ", 2)
            .or("Võ", 3).or("Đặng", 2).or("Bùi", 2).or("Đỗ", 1.5).or("Hồ", 5).or("Ngô", 1.5)
            .or("Dương", 1).or("Đinh", 1.5).or("Thái", 2).or("Chu", 1).or("Cao", 1).or("Lưu", 0.5)
            .or("Đào", 1).or("Tăng", 0.5).or("Hà", 1).or("Lý", 0.5);

    private static final Weighted<String> MALE_MIDDLE = Weighted.of("Văn", 40)
            .or("Đức", 7).or("Đình", 8).or("Hữu", 6).or("Minh", 5).or("Xuân", 5).or("Quang", 5)
            .or("Công", 5).or("Ngọc", 3).or("Thanh", 3).or("Bá", 3).or("Trọng", 3).or("Viết", 2)
            .or("Duy", 2).or("Anh", 2).or("Quốc", 2);

    private static final Weighted<String> FEMALE_MIDDLE = Weighted.of("Thị", 72)
            .or("Ngọc", 4).or("Thu", 4).or("Thanh", 4).or("Hồng", 4).or("Kim", 3).or("Minh", 2)
            .or("Phương", 2).or("Bích", 2).or("Thùy", 2).or("Mai", 1);

    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Sơn", "Thắng", "Bình", "Cường", "Hoàng", "Quý", "Tâm",
        "Lâm", "Phúc", "Toàn", "Trung", "Hưng", "Vinh", "Khánh", "Đạt", "Hiếu", "Thành", "Tùng", "Lợi", "Thịnh",
        "Kiên", "Hòa", "Tiến", "Chiến", "Hậu", "Luận", "Nghĩa", "Quyết", "Tài", "Thái", "Thuận", "Vượng",
        "Sáu", "Bảy", "Hồng", "Lực", "Mạnh", "Phong", "Thanh", "Tứ", "Cảnh", "Đông", "Hiền", "Kỳ"};

    private static final String[] FEMALE_GIVEN = {
        "Lan", "Hoa", "Hương", "Mai", "Hằng", "Nga", "Thủy", "Hạnh", "Lý", "Loan", "Tuyết", "Nhung", "Thảo",
        "Trang", "Hiền", "Dung", "Phương", "Yến", "Oanh", "Thơm", "Liên", "Xuân", "Hà", "Linh", "Huyền",
        "Vân", "Bích", "Quyên", "Sen", "Lụa", "Tâm", "Thanh", "Hồng", "Nhàn", "Lê", "Thắm", "Tình", "Hòa",
        "Ngân", "Châu", "Giang", "Nguyệt", "Hợi", "Mơ", "Thu", "Tú", "Đào", "Duyên", "Gấm", "Lành"};

    private static final String[] SECOND_FEMALE_MIDDLE = {"Thu", "Minh", "Thanh", "Hồng", "Ngọc", "Kim"};

    private final Dice dice;

    VietnameseNames(Dice dice) {
        this.dice = dice;
    }

    String family() {
        return FAMILY.draw(dice);
    }

    String fullName(boolean male) {
        return withFamily(family(), male);
    }

    /** A name in the given family, e.g. a child taking the father's family name. */
    String withFamily(String family, boolean male) {
        if (male) {
            return family + " " + MALE_MIDDLE.draw(dice) + " " + dice.pick(MALE_GIVEN);
        }
        String middle = FEMALE_MIDDLE.draw(dice);
        if (middle.equals("Thị") && dice.chance(0.08)) {
            middle = middle + " " + dice.pick(SECOND_FEMALE_MIDDLE);
        }
        return family + " " + middle + " " + dice.pick(FEMALE_GIVEN);
    }

    static String familyOf(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }
}
