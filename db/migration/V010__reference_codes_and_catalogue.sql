-- Codes every office shares: the four organisations, capital sources, fee settings,
-- and the programme catalogue with the rates in force when the portal was set up.

insert into association (code, name) values
    ('HND', 'Hội Nông dân'),
    ('HPN', 'Hội Liên hiệp Phụ nữ'),
    ('CCB', 'Hội Cựu chiến binh'),
    ('DTN', 'Đoàn Thanh niên');

insert into capital_source (code, name) values
    ('TRUNG_UONG', 'Vốn cân đối từ Trung ương'),
    ('HUY_DONG', 'Vốn huy động được cấp bù lãi suất'),
    ('DIA_PHUONG', 'Vốn nhận ủy thác địa phương');

insert into fee_setting (key, value, description) values
    ('fee.full.below_overdue_pct', 2, 'Tỷ lệ nợ quá hạn dưới mức này: hưởng đủ phí'),
    ('fee.80.below_overdue_pct', 3, 'Dưới mức này: hưởng 80% phí'),
    ('fee.50.below_overdue_pct', 4, 'Dưới mức này: hưởng 50% phí; từ mức này trở lên: không hưởng phí'),
    ('fee.share.commune_pct', 84, 'Phần phí của cấp xã'),
    ('fee.share.district_pct', 9, 'Phần phí của cấp huyện'),
    ('fee.share.province_pct', 4.5, 'Phần phí của cấp tỉnh');

insert into programme (code, name, ceiling, max_term_months, eligible_categories, through_groups) values
    ('HN',     'Hộ nghèo',                                                   100000000, 120, 'NGHEO', true),
    ('HCN',    'Hộ cận nghèo',                                               100000000, 120, 'CAN_NGHEO', true),
    ('HMTN',   'Hộ mới thoát nghèo',                                         100000000,  60, 'MOI_THOAT_NGHEO', true),
    ('HSSV',   'Học sinh, sinh viên có hoàn cảnh khó khăn',                  null,      120, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('GQVL',   'Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm',           100000000, 120, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('NSVSMT', 'Nước sạch và vệ sinh môi trường nông thôn',                  25000000,   60, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('SXKD',   'Hộ gia đình sản xuất, kinh doanh tại vùng khó khăn',         100000000, 120, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('NOXH',   'Nhà ở xã hội',                                               1000000000, 300, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', false),
    ('XKLD',   'Người lao động đi làm việc ở nước ngoài theo hợp đồng',      null,      120, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('CHAPT',  'Người chấp hành xong án phạt tù',                            100000000, 120, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', true),
    ('NODTTS', 'Nhà ở cho hộ đồng bào dân tộc thiểu số',                     40000000,  180, 'NGHEO,CAN_NGHEO', true),
    ('NOHN',   'Nhà ở cho hộ nghèo',                                         25000000,  180, 'NGHEO', true),
    ('TNVKK',  'Thương nhân hoạt động tại vùng khó khăn',                    null,      null, 'NGHEO,CAN_NGHEO,MOI_THOAT_NGHEO,KHAC', false);

insert into programme_rate (programme_id, effective_from, annual_rate, decision, created_by)
select id, date '2000-01-01', rate, 'Biểu lãi suất ban đầu', 'system'
from programme join (values
    ('HN', 6.6), ('HCN', 7.92), ('HMTN', 8.25), ('HSSV', 6.6), ('GQVL', 7.92), ('NSVSMT', 9.0),
    ('SXKD', 9.0), ('NOXH', 5.4), ('XKLD', 6.6), ('CHAPT', 6.6), ('NODTTS', 3.0), ('NOHN', 3.0), ('TNVKK', 9.0)
) as r(code, rate) using (code);
