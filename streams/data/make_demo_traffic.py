"""Generate the synthetic SMS traffic replayed by ``smishwall demo``.

The output is deterministic for a given seed: every choice comes from one ``random.Random``.
About 80% of the events are legitimate, 18% are smishing (a share of them with evasion
transforms applied) and 2% are malformed lines meant for the dead-letter path.

Run ``python streams/data/make_demo_traffic.py`` to rewrite ``demo_traffic.jsonl`` next to this
file.
"""

from __future__ import annotations

import argparse
import json
import random
import string
from collections.abc import Callable
from pathlib import Path

EPOCH = 1717372800  # 2024-06-03T00:00:00Z, the first day of the 2022-style 医保 wave replay.
DEFAULT_SEED = 20240603
DEFAULT_COUNT = 4000
SHARE_SMISHING = 0.18
SHARE_MALFORMED = 0.02
SHARE_EVASION = 0.4

# --------------------------------------------------------------------------------------------
# Slot values
# --------------------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "磊",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "霞",
    "平",
    "刚",
    "婷",
    "浩",
    "欣怡",
    "子轩",
    "雨桐",
    "俊杰",
    "思远",
    "晓燕",
    "建国",
    "秀英",
    "文博",
]
EN_NAMES = [
    "Olivia",
    "Jack",
    "Amelia",
    "Harry",
    "Isla",
    "Oliver",
    "Sophie",
    "George",
    "Grace",
    "Noah",
    "Chloe",
    "Leo",
    "Ruby",
    "Arthur",
    "Freya",
    "Oscar",
    "Priya",
    "Mohammed",
    "Aisha",
    "Tom",
    "Hannah",
    "Callum",
    "Megan",
    "Ravi",
    "Zara",
    "Liam",
    "Ellie",
]
CITIES_ZH = [
    "长沙",
    "株洲",
    "湘潭",
    "衡阳",
    "岳阳",
    "常德",
    "广州",
    "深圳",
    "上海",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "西安",
    "郑州",
    "厦门",
]
PROVINCES = [
    ("湖南", "hunan"),
    ("广东", "gd"),
    ("浙江", "zj"),
    ("湖北", "hubei"),
    ("四川", "sc"),
    ("江苏", "jiangsu"),
    ("河南", "henan"),
]
BANKS_ZH = [
    ("工商银行", "95588"),
    ("建设银行", "95533"),
    ("农业银行", "95599"),
    ("中国银行", "95566"),
    ("招商银行", "95555"),
    ("交通银行", "95559"),
    ("兴业银行", "95561"),
    ("浦发银行", "95528"),
    ("民生银行", "95568"),
    ("光大银行", "95595"),
    ("平安银行", "95511"),
    ("邮储银行", "95580"),
]
BANKS_EN = [
    "Barclays",
    "HSBC UK",
    "Lloyds",
    "NatWest",
    "Santander",
    "Nationwide",
    "Monzo",
    "Starling",
    "Halifax",
    "TSB",
]
MERCHANTS_ZH = [
    "美团",
    "京东商城",
    "天猫超市",
    "拼多多",
    "盒马鲜生",
    "滴滴出行",
    "中石化加油站",
    "肯德基",
    "永辉超市",
    "携程",
    "12306",
    "饿了么",
    "瑞幸咖啡",
    "名创优品",
]
MERCHANTS_EN = [
    "TESCO STORES",
    "SAINSBURYS",
    "AMAZON.CO.UK",
    "COSTA COFFEE",
    "TFL TRAVEL",
    "PRET A MANGER",
    "ASDA",
    "BOOTS",
    "UBER TRIP",
    "DELIVEROO",
    "SHELL",
    "IKEA",
]
STATIONS = [
    "长沙南",
    "广州南",
    "深圳北",
    "上海虹桥",
    "杭州东",
    "武汉",
    "北京西",
    "成都东",
    "郑州东",
    "南京南",
    "岳阳东",
    "衡阳东",
]
PICKUP_SPOTS = [
    "幸福里南门驿站",
    "金桂园3栋丰巢柜",
    "学院路菜鸟驿站",
    "万家丽小区兔喜超市",
    "滨江花园北门快递柜",
    "东塘街道妈妈驿站",
    "科技园B座前台",
    "翡翠城物业中心",
]
UK_TOWNS = [
    "Leeds",
    "Bristol",
    "Croydon",
    "Reading",
    "Glasgow",
    "Norwich",
    "Cardiff",
    "Brighton",
    "Sheffield",
    "Milton Keynes",
    "York",
    "Derby",
]
COURIERS_ZH = [
    ("顺丰速运", "95338"),
    ("中通快递", "95311"),
    ("圆通速递", "95554"),
    ("韵达快递", "95546"),
    ("申通快递", "95543"),
    ("京东物流", "950616"),
    ("中国邮政", "11183"),
]
APPS_ZH = [
    "淘宝",
    "支付宝",
    "微信",
    "抖音",
    "美团",
    "京东",
    "小红书",
    "高德地图",
    "哔哩哔哩",
    "知乎",
    "饿了么",
    "携程",
    "12306",
    "钉钉",
    "闲鱼",
]
APPS_EN = [
    ("Google", "G-{code6} is your Google verification code."),
    ("Microsoft", "Your Microsoft security code is {code6}."),
    ("WhatsApp", "WhatsApp code {code3}-{code3b}. Don't share this code."),
    ("Amazon", "{code6} is your Amazon OTP. Do not share it with anyone."),
    ("Uber", "Your Uber verification code is {code4}."),
    ("Steam", "Steam Guard code: {code5}"),
    ("Discord", "Your Discord security code is {code6}."),
    ("TikTok", "[TikTok] {code6} is your verification code, valid for 5 minutes."),
]

# Invented look-alike domains, keyed by a cue found in the template text; the first matching
# cue wins. None of them belongs to the organisation it imitates.
PHISH_DOMAINS: list[tuple[str, list[str]]] = [
    (
        "医保",
        [
            "yb-hn.cc",
            "hnyb-gx.top",
            "ybkz-cn.vip",
            "yibao-pz.xyz",
            "nhsa.gov.cn-yb.top",
            "ybj-gov.cn.com",
            "nhs\u0430-gov.cn",
        ],
    ),
    ("社保", ["sbk-jihuo.top", "rsbt-sq.cc", "12333-sbk.vip"]),
    ("ETC", ["etc-gx.cc", "etc-renz.top", "etc-gov.cn.com"]),
    ("积分", ["jf-duihuan.cc", "10086-jfdh.top", "jifen-dh.vip"]),
    ("{bank}", ["icbc-wy.vip", "ccb-dun.top", "cmb-ed.cc", "abc-jd.xyz", "boc-jd.top"]),
    ("快件", ["sf-buchai.top", "kd-lipei.cc", "wuliu-dz.vip"]),
    ("税务", ["ctax-ts.vip", "chinatax-bt.cc"]),
    ("公安", ["gaj-ajcx.top", "mps-ajcx.cc"]),
    ("征信", ["zx-xiufu.top", "pbccrc-zx.vip"]),
    ("Royal Mail", ["royalmail-fee.top", "rm-redelivery.cc", "royalmail.uk-parcel.xyz"]),
    ("USPS", ["usps-postal-help.com", "usps.com-redeliver.top"]),
    ("toll", ["ezpass-tollpay.cc", "sunpass-tolls.vip", "tollroad-notice.xyz"]),
    ("HMRC", ["hmrc-rebates.top", "gov-uk-refunds.cc"]),
    ("DVLA", ["dvla-refunds.uk.com", "dvla-vehicletax.top"]),
    (
        "{bank_en}",
        [
            "barclays-auth.help",
            "hsbc-uk-secure.top",
            "lloyds-verify.info",
            "natwest-payee.info",
            "secure-banking-uk.top",
        ],
    ),
    ("voucher", ["uk-rewards-club.top", "giftcard-winners.cc"]),
    ("crypto", ["wallet-recovery.app", "coin-kyc-verify.top"]),
]
SHORTENERS = ["t.cn/", "bit.ly/", "tinyurl.com/", "is.gd/", "dwz.cn/"]

FOREIGN_SENDERS_ZH = ["+61", "00821", "+63", "+855", "+84", "+60", "+852"]
FOREIGN_SENDERS_EN = ["+447", "+1", "+63", "+855", "+234", "+44"]

SMSCS = ["SMSC-CS-01", "SMSC-CS-02", "SMSC-GZ-07", "SMSC-LON-3", "SMSC-INTL-GW1"]
ROUTES = ["a2p-106", "p2p-domestic", "intl-inbound", "a2p-intl", "p2p-roaming"]

TRAD = str.maketrans(
    "医保账户参卡请证银行录码积钱费验过期邮递务补贴领单号贷奖罚条约",
    "醫保賬戶參卡請證銀行錄碼積錢費驗過期郵遞務補貼領單號貸獎罰條約",
)
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.ascii_letters + string.digits + "./:-"}
HOMOGLYPHS = {
    "a": "\u0430",
    "o": "\u043e",
    "e": "\u0435",
    "p": "\u0440",
    "c": "\u0441",
    "i": "\u0456",
    "x": "\u0445",
    "y": "\u0443",
}
LEET = {"o": "0", "l": "1", "e": "3", "a": "@", "i": "1", "s": "5"}
ZH_KEYWORDS = [
    "医保",
    "参保",
    "账户",
    "社保",
    "冻结",
    "银行卡",
    "退款",
    "理赔",
    "兼职",
    "刷单",
    "征信",
    "积分",
    "报销",
    "凭证",
    "注销",
    "认证",
    "补贴",
    "校园贷",
]
EN_KEYWORDS = [
    "account",
    "locked",
    "verify",
    "parcel",
    "refund",
    "toll",
    "payment",
    "suspended",
    "delivery",
    "confirm",
    "tax",
    "unpaid",
    "security",
    "wallet",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEPARATORS = [" ", "  ", ".", "-", "*", "★", "\u200b", "\u200d", "|"]


# --------------------------------------------------------------------------------------------
# Templates. Each is (language, sender spec, text). Sender specs starting with "@" name a
# generator; anything else is the literal sender. Slots are filled by ``_context``.
# --------------------------------------------------------------------------------------------

LEGIT: list[tuple[str, str, str]] = [
    (
        "zh",
        "@bank",
        "【{bank}】尾号{tail}的账户{md}{hm}消费{amt}元（{merchant_zh}），余额{bal}元。",
    ),
    ("zh", "@bank", "【{bank}】您尾号{tail}的卡{md}入账{amt}元，摘要：工资，可用余额{bal}元。"),
    (
        "zh",
        "@bank",
        "【{bank}】登录验证码{code6}，有效期5分钟，请勿向任何人提供，本行员工不会索取。",
    ),
    (
        "zh",
        "@bank",
        "【{bank}】{code6}是您本次转账的动态密码，收款人{name_zh_masked}，"
        "金额{amt}元，请核对后输入。",
    ),
    (
        "zh",
        "@bank",
        "【{bank}】您尾号{tail}的信用卡{month}月账单{amt}元，最后还款日{md}，"
        "可在手机银行APP查看分期方案。",
    ),
    (
        "zh",
        "@bank",
        "【{bank}】您尾号{tail}的账户于{md}收到{name_zh_masked}转账{amt}元，附言：{memo}。",
    ),
    (
        "zh",
        "@bank",
        "【{bank}】您的借记卡尾号{tail}即将到期，新卡已寄往预留地址，"
        "激活请本人持身份证到网点或在APP办理。",
    ),
    ("zh", "@106", "【{app}】您的验证码为{code6}，5分钟内有效。如非本人操作，请忽略本短信。"),
    ("zh", "@106", "【{app}】验证码{code4}，您正在进行身份验证，打死不要告诉别人哦！"),
    ("zh", "@106", "{code6}（{app}验证码），用于登录，泄露有风险。"),
    (
        "zh",
        "@courier",
        "【{courier}】您的快件{parcel}已到{pickup}，凭取件码{pickcode}领取，营业至21:00。",
    ),
    (
        "zh",
        "@courier",
        "【{courier}】快递员{surname}师傅正在派送您的包裹{parcel}，"
        "预计{hm}前送达，电话{mobile_masked}。",
    ),
    ("zh", "@courier", "【{courier}】您寄往{city_zh}的快件{parcel}已签收，感谢您的信任。"),
    (
        "zh",
        "@courier",
        "【{courier}】取件码{pickcode}，{pickup}，包裹已存放{hours}小时，请尽快领取。",
    ),
    (
        "zh",
        "12306",
        "【铁路客服】订单{order}，{name_zh}您已购{md}{train}次{car}车{seat}号，"
        "{station}站{hm}开，请携带购票证件乘车。",
    ),
    (
        "zh",
        "12306",
        "【铁路客服】{name_zh}您好，{md}{train}次列车预计晚点约{mins}分钟，请留意车站公告。",
    ),
    ("zh", "10086", "【中国移动】截至{md}，您本月套餐内通用流量剩余{gb}GB，语音剩余{mins}分钟。"),
    (
        "zh",
        "10086",
        "【中国移动】您{month}月消费{amt_small}元，账户余额{bal_small}元，可发送CXXD查询详单。",
    ),
    (
        "zh",
        "10010",
        "【中国联通】尊敬的用户，您的话费余额为{bal_small}元，请及时充值以免影响使用。",
    ),
    ("zh", "10000", "【中国电信】您的宽带将于{md}到期，续约可在中国电信APP办理或拨打10000。"),
    (
        "zh",
        "12393",
        "【{prov}医疗保障局】{name_zh}您好，您的{year}年度医保个人缴费已到账。"
        "查询请登录ybj.{prov_dom}.gov.cn或拨打12393，医保部门不会短信发送链接。",
    ),
    (
        "zh",
        "12393",
        "【国家医保局】您的异地就医备案（就医地：{city_zh}）已生效，"
        "详情可在国家医保服务平台APP查询，官网nhsa.gov.cn。",
    ),
    (
        "zh",
        "12333",
        "【人社12333】{name_zh}您好，您申领的第三代社保卡已制卡完成，"
        "请携带身份证到{city_zh}市民之家领取。",
    ),
    ("zh", "12333", "【人社局】您的{month}月养老金已发放到社保卡金融账户，金额{amt}元。"),
    (
        "zh",
        "12366",
        "【税务】您{year}年度个税汇算已受理，应退税额{amt_small}元将在审核后退至"
        "尾号{tail}的银行卡，进度请在个人所得税APP查看。",
    ),
    (
        "zh",
        "12381",
        "【12381预警】提醒：冒充医保、社保发送“账户失效、请更新凭证”的短信均为诈骗，"
        "请勿点击陌生链接，可拨打96110咨询。",
    ),
    (
        "zh",
        "@bank",
        "【{bank}】防骗提示：收到“银行卡冻结，点击链接解冻”之类短信请直接删除，"
        "本行不会通过短信链接办理业务。",
    ),
    (
        "zh",
        "95598",
        "【国网电力】户号{acct}本期电费{amt_small}元，请于{md}前缴纳，可用网上国网APP。",
    ),
    (
        "zh",
        "96116",
        "【自来水公司】因管网维修，{road}一带将于{md}{hm}起停水约{hours}小时，请提前储水。",
    ),
    ("zh", "@mobile_zh", "{call}，我{hm}到家，晚饭{dish}就行"),
    ("zh", "@mobile_zh", "{name_zh}，明天的会改到{hm}，地点不变"),
    ("zh", "@mobile_zh", "到了没？我在{station}站出站口等你"),
    ("zh", "@mobile_zh", "刚才收到个短信说我{lure_topic}，还带个链接，一看就是骗子，你们别点"),
    ("zh", "@mobile_zh", "{call}，{md}是奶奶生日，记得打个电话"),
    ("zh", "@mobile_zh", "钱收到了，谢谢啊，月底还你"),
    ("zh", "@mobile_zh", "周末去{city_zh}玩吗？我查了下高铁才{mins}分钟"),
    ("zh", "@mobile_zh", "方案第{n}版发群里了，大家有意见今晚前提"),
    ("zh", "@mobile_zh", "孩子的{subject}作业写完了没？老师说明天要检查"),
    ("zh", "@foreign_family", "{call}，我这边一切都好，刚上完课，下周给你们寄点特产回去"),
    ("zh", "@foreign_family", "到{abroad_city}了，时差还没倒过来，晚点视频"),
    ("zh", "@106", "【{app}】{name_zh}，你关注的商品降价啦，APP内查看，退订回T"),
    ("zh", "@106", "【{app}】您的订单已退款{amt_small}元，将原路退回，预计1-3个工作日到账。"),
    ("zh", "@106", "【{app}】您的会员将于{md}到期，可在APP“我的-会员”中续费，拒收请回复R"),
    (
        "zh",
        "@hospital",
        "【{city_zh}市第{n}人民医院】您已预约{md}{dept}门诊，请于就诊前30分钟取号。",
    ),
    ("zh", "@school", "【{city_zh}实验学校】各位家长：{md}下午{hm}家长会，请准时参加。"),
    (
        "en",
        "@bank_en",
        "{bank_en}: You paid £{amt_gbp} to {merchant_en} with your card ending {tail}.",
    ),
    (
        "en",
        "@bank_en",
        "{bank_en}: Your one-time passcode is {code6}. We'll never ask you for "
        "it. If you didn't request it, call us on the number on your card.",
    ),
    (
        "en",
        "@bank_en",
        "{bank_en}: £{amt_gbp} has been paid into your account ending {tail} from {name_en_upper}.",
    ),
    (
        "en",
        "@bank_en",
        "{bank_en}: Your statement for the account ending {tail} is ready to view in the app.",
    ),
    ("en", "@app_en", "{app_otp}"),
    (
        "en",
        "RoyalMail",
        "Royal Mail: Your parcel {rm_ref} will be delivered today. See royalmail.com for tracking.",
    ),
    (
        "en",
        "DPD",
        "DPD: Hi {name_en}, your parcel is due between {hm}-{hm2}. Your driver is {name_en2}.",
    ),
    ("en", "Evri", "Evri: Your parcel from {shop_en} has been delivered to your safe place."),
    (
        "en",
        "NHS",
        "{town} Health Centre: Reminder of your appointment on {date_en} at {hm}. "
        "Reply CANCEL if you can no longer attend.",
    ),
    ("en", "@mobile_uk", "Running a bit late, be there in {mins} mins"),
    ("en", "@mobile_uk", "Got that scam text about a {lure_en} again, blocked it"),
    ("en", "@mobile_uk", "Can you grab some bread on the way back? x"),
    ("en", "@mobile_uk", "{name_en}'s party is on {date_en}, are you coming?"),
    ("en", "@mobile_uk", "Train's cancelled, getting the next one at {hm}"),
    ("en", "@mobile_uk", "Thanks for last night, had a great time!"),
    ("en", "Trainline", "Trainline: Your {hm} train to {town} leaves from platform {n}."),
    ("en", "EE", "EE: You've used {pct}% of your data allowance. Check usage in the My EE app."),
    (
        "en",
        "Octopus",
        "Octopus Energy: Your bill of £{amt_gbp} is ready. It'll be paid by "
        "Direct Debit on {date_en}.",
    ),
]

SMISH: list[tuple[str, str, str]] = [
    (
        "zh",
        "@phish_zh",
        "【{prov}医保局】您的医保账户已冻结，报销资格将被取消，"
        "请在{md}前进入 {link} 重新认证医保凭证。",
    ),
    (
        "zh",
        "@phish_zh",
        "〖{prov}省医疗保障局〗尊敬的参保人，系统检测到您的参保信息异常，"
        "请于24小时内登录 {link} 更新，逾期停保。",
    ),
    (
        "zh",
        "@phish_zh",
        "【医保中心】您的医保卡可领取年度补贴{amt}元，请登录 {link} 填写收款卡号。",
    ),
    ("zh", "@phish_zh", "【社保局】您的社保卡金融功能即将关闭，如需继续使用请前往 {link} 激活。"),
    ("zh", "@phish_zh", "【ETC服务】您的ETC已被限制通行，请尽快访问 {link} 完成实名认证。"),
    ("zh", "@phish_zh", "【{bank}】您尾号{tail}的银行卡存在风险已被冻结，请登录 {link} 解冻。"),
    (
        "zh",
        "@phish_zh",
        "【{bank}】您的积分{points}即将清零，可兑换{amt_small}元现金，速登 {link} 兑换。",
    ),
    ("zh", "@phish_zh", "【{courier}】您的快件{parcel}因地址不全被退回，请点击 {link} 补填地址。"),
    (
        "zh",
        "@phish_zh",
        "【税务局】您有一笔个税返还{amt_small}元待领取，请于今日访问 {link} 申领。",
    ),
    (
        "zh",
        "@phish_zh",
        "【公安局】您涉嫌一起洗钱案件，案件详情及冻结令请查看 {link} ，请勿向他人透露。",
    ),
    ("zh", "@phish_zh", "【征信中心】您的征信有逾期记录将影响贷款，可通过 {link} 在线修复。"),
    ("zh", "@phish_zh", "【中国移动】您的话费积分可兑换{gift}，今日24点过期，兑换 {link}"),
    (
        "zh",
        "@domestic_fraud",
        "【{app}客服】您开通的百万保障即将每月扣费{amt}元，取消请联系QQ {qq}。",
    ),
    (
        "zh",
        "@domestic_fraud",
        "您好，您在{app}购买的商品有质量问题，给您办理{mult}倍赔偿，请加理赔专员微信 {wx}。",
    ),
    ("zh", "@domestic_fraud", "招兼职，手机点赞关注，一单{amt_tiny}元，当日结算，加QQ {qq} 咨询。"),
    ("zh", "@domestic_fraud", "我是你们{boss}，明天早上来我办公室一趟，先加我QQ {qq}。"),
    ("zh", "@domestic_fraud", "您大学期间的校园贷账户未注销将影响征信，请联系专员 {landline}。"),
    ("zh", "@domestic_fraud", "凭身份证即可贷款{loan}万，无视征信当天放款，详询微信 {wx}"),
    ("zh", "@domestic_fraud", "恭喜您被抽中幸运观众，奖金{prize}元，领奖请联系 {landline}"),
    (
        "zh",
        "@domestic_fraud",
        "{call_short}，我手机坏了先用这个号，急需{amt}元，先转到这张卡 {cardno}，晚上还你",
    ),
    (
        "en",
        "@phish_en",
        "{bank_en}: We've detected a login from a new device. If this wasn't "
        "you, secure your account at {link}",
    ),
    (
        "en",
        "@phish_en",
        "{bank_en}: Your account has been suspended. Verify your details at "
        "{link} to restore access.",
    ),
    (
        "en",
        "@phish_en",
        "Royal Mail: Your parcel is awaiting a £{fee} delivery fee. Pay at "
        "{link} or it will be returned.",
    ),
    (
        "en",
        "@phish_en",
        "USPS: We were unable to deliver your package due to an incomplete "
        "address. Update it at {link}",
    ),
    (
        "en",
        "@phish_en",
        "Unpaid toll notice: You owe ${fee}. Avoid a late fee by paying at {link} today.",
    ),
    (
        "en",
        "@phish_en",
        "HMRC: You are due a tax refund of £{amt_gbp}. Claim at {link} within 48 hours.",
    ),
    (
        "en",
        "@phish_en",
        "DVLA: Your vehicle tax payment failed. Update your card at {link} to avoid a fine.",
    ),
    (
        "en",
        "@phish_en",
        "Congratulations! You've won a £{prize_gbp} {shop_en} voucher. Claim now: {link}",
    ),
    (
        "en",
        "@phish_en",
        "Your crypto wallet has been flagged. Re-validate your recovery phrase "
        "at {link} to avoid losing funds.",
    ),
    (
        "en",
        "@phish_en",
        "Hi mum, this is my new number, my phone broke. Can you text me on WhatsApp? wa.me/{wa}",
    ),
    (
        "en",
        "@phish_en",
        "Hi dad it's me, new phone. I need to pay a bill urgently, can you "
        "send £{amt_gbp} to my mate's account? I'll explain later x",
    ),
    (
        "en",
        "@phish_en",
        "Hello, we have remote part-time work, £{daily} per day, simple app "
        "tasks. Message our HR on Telegram @{tg}",
    ),
]


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _zh_mobile(rng: random.Random) -> str:
    """Return a random mainland China mobile number."""
    prefix = rng.choice(
        [
            "130",
            "133",
            "135",
            "136",
            "138",
            "139",
            "150",
            "152",
            "158",
            "159",
            "177",
            "180",
            "186",
            "187",
            "188",
            "189",
            "199",
        ]
    )
    return f"{prefix}{rng.randrange(10**8):08d}"


def _uk_mobile(rng: random.Random) -> str:
    """Return a random UK mobile number in E.164 form."""
    return f"+447{rng.randrange(100_000_000, 999_999_999)}"


def _phish_link(rng: random.Random, template: str) -> str:
    """Build a phishing link that fits the template's theme.

    Args:
        rng: The generator's random source.
        template: The template text, searched for the cues of ``PHISH_DOMAINS``.

    Returns:
        A link on an invented domain, a shortener or a raw IP address.
    """
    kind = rng.random()
    token = "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(5, 8)))
    if kind < 0.15:
        return f"{rng.choice(SHORTENERS)}{token}"
    if kind < 0.22:
        ip = ".".join(str(rng.randint(11, 223)) for _ in range(4))
        return f"http://{ip}/{token.lower()}"
    domains = next((pool for cue, pool in PHISH_DOMAINS if cue in template), PHISH_DOMAINS[0][1])
    domain = rng.choice(domains)
    style = rng.random()
    if style < 0.35:
        return f"https://{domain}/{token.lower()}"
    if style < 0.7:
        return f"www.{domain}"
    return domain


def _context(rng: random.Random) -> dict[str, str]:
    """Draw one value for every slot a template may use.

    Args:
        rng: The generator's random source.

    Returns:
        Slot name to value.
    """
    surname = rng.choice(SURNAMES)
    name_zh = surname + rng.choice(GIVEN)
    bank, bank_no = rng.choice(BANKS_ZH)
    courier, courier_no = rng.choice(COURIERS_ZH)
    prov, prov_dom = rng.choice(PROVINCES)
    hour, minute = rng.randint(7, 21), rng.choice(range(0, 60, 5))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    app_name, app_tpl = rng.choice(APPS_EN)
    codes = {
        "code3": f"{rng.randrange(1000):03d}",
        "code3b": f"{rng.randrange(1000):03d}",
        "code4": f"{rng.randrange(10000):04d}",
        "code5": "".join(rng.choices(string.ascii_uppercase + string.digits, k=5)),
        "code6": f"{rng.randrange(10**6):06d}",
    }
    ctx = {
        **codes,
        "surname": surname,
        "name_zh": name_zh,
        "name_zh_masked": surname + "*" + name_zh[-1],
        "name_en": rng.choice(EN_NAMES),
        "name_en2": rng.choice(EN_NAMES),
        "name_en_upper": f"{rng.choice(EN_NAMES).upper()} {rng.choice('ABCDEFGHJKLMPRSTW')}",
        "bank": bank,
        "bank_no": bank_no,
        "bank_en": rng.choice(BANKS_EN),
        "courier": courier,
        "courier_no": courier_no,
        "prov": prov,
        "prov_dom": prov_dom,
        "tail": f"{rng.randrange(10000):04d}",
        "amt": f"{rng.randint(20, 20000):,}.{rng.randrange(100):02d}",
        "amt_small": f"{rng.randint(5, 600)}.{rng.randrange(100):02d}",
        "amt_tiny": str(rng.choice([2, 3, 5, 8, 10])),
        "amt_gbp": f"{rng.randint(3, 900)}.{rng.randrange(100):02d}",
        "bal": f"{rng.randint(0, 90000):,}.{rng.randrange(100):02d}",
        "bal_small": f"{rng.randint(0, 150)}.{rng.randrange(100):02d}",
        "fee": f"{rng.choice([0, 1, 2, 3, 4, 6])}.{rng.choice(['29', '45', '50', '99', '15'])}",
        "md": f"{month}月{day}日",
        "month": str(month),
        "year": str(rng.choice([2024, 2025])),
        "date_en": f"{day} {MONTHS_EN[month - 1]}",
        "hm": f"{hour}:{minute:02d}",
        "hm2": f"{min(hour + 1, 23)}:{minute:02d}",
        "hours": str(rng.randint(2, 48)),
        "mins": str(rng.randint(5, 95)),
        "n": str(rng.randint(1, 9)),
        "pct": str(rng.choice([50, 75, 80, 90, 100])),
        "gb": f"{rng.uniform(0.2, 30):.1f}",
        "merchant_zh": rng.choice(MERCHANTS_ZH),
        "merchant_en": rng.choice(MERCHANTS_EN),
        "memo": rng.choice(["房租", "还你的", "生活费", "聚餐AA", "货款", "红包", "学费"]),
        "app": rng.choice(APPS_ZH),
        "app_otp": f"{app_name}: " + app_tpl.format(**codes),
        "app_sender": app_name,
        "parcel": rng.choice(["SF", "YT", "JD", "ZT", "75"]) + f"{rng.randrange(10**12):012d}",
        "pickcode": rng.choice(
            [
                f"{rng.randint(1, 20)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
                f"{rng.randrange(10**6):06d}",
                f"{rng.choice('ABCDEF')}{rng.randint(1, 9)}-{rng.randint(100, 999)}",
            ]
        ),
        "pickup": rng.choice(PICKUP_SPOTS),
        "mobile_masked": f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randrange(10000):04d}",
        "city_zh": rng.choice(CITIES_ZH),
        "station": rng.choice(STATIONS),
        "train": rng.choice("GDGK") + str(rng.randint(11, 9999)),
        "order": "E" + f"{rng.randrange(10**9):09d}",
        "car": f"{rng.randint(1, 16):02d}",
        "seat": f"{rng.randint(1, 18):02d}{rng.choice('ABCDF')}",
        "acct": f"{rng.randrange(10**10):010d}",
        "road": rng.choice(["芙蓉中路", "解放西路", "人民路", "建设大道", "中山北路", "滨江路"]),
        "call": rng.choice(["妈", "爸", "老婆", "老公", "姐", "哥", "宝贝"]),
        "call_short": rng.choice(["舅舅", "姑姑", "大哥", "表姐", "二叔"]),
        "dish": rng.choice(["随便煮点面", "吃饺子", "点外卖", "不用等我"]),
        "lure_topic": rng.choice(
            ["医保卡失效了", "社保要注销", "ETC认证过期", "银行卡被冻结", "中了大奖"]
        ),
        "lure_en": rng.choice(["unpaid toll", "Royal Mail fee", "HMRC refund", "locked account"]),
        "subject": rng.choice(["数学", "语文", "英语"]),
        "abroad_city": rng.choice(["悉尼", "墨尔本", "伦敦", "温哥华", "东京", "新加坡"]),
        "dept": rng.choice(["口腔科", "眼科", "皮肤科", "心内科", "儿科", "骨科"]),
        "rm_ref": f"{rng.choice('FGHJ')}{rng.choice('PQRS')}{rng.randrange(10**9):09d}GB",
        "shop_en": rng.choice(["ASOS", "Argos", "Tesco", "Amazon", "Currys", "Next", "eBay"]),
        "town": rng.choice(UK_TOWNS),
        "points": str(rng.randint(1000, 9000)),
        "gift": rng.choice(["电饭煲一台", "100元话费", "无线耳机", "20GB流量"]),
        "qq": str(rng.randint(10**9, 4 * 10**9)),
        "wx": rng.choice(["kf", "lp", "hr", "vip"]) + str(rng.randint(1000, 99999)),
        "mult": rng.choice(["两", "三"]),
        "boss": rng.choice(["王总", "李局", "张主任", "刘校长", "陈处长"]),
        "landline": f"0{rng.choice(['10', '20', '21', '731', '755'])}-"
        f"{rng.randint(5000, 8999)}xxxx",
        "loan": str(rng.choice([5, 10, 20, 30, 50])),
        "prize": f"{rng.choice([58000, 88000, 128000, 168000])}",
        "cardno": f"6222 {rng.randrange(10000):04d} {rng.randrange(10000):04d} "
        f"{rng.randrange(10000):04d} {rng.randrange(1000):03d}",
        "prize_gbp": str(rng.choice([250, 500, 750, 1000])),
        "wa": f"447{rng.randrange(100_000_000, 999_999_999)}",
        "daily": str(rng.choice([150, 200, 300, 450])),
        "tg": rng.choice(["Jobs_Anna", "HR_Lucy_UK", "TaskDesk", "Remote_Amy"]),
    }
    return ctx


def _sender(rng: random.Random, spec: str, ctx: dict[str, str]) -> str:
    """Resolve a template's sender spec to a sender id.

    Args:
        rng: The generator's random source.
        spec: A literal sender, or ``@name`` for a generated one.
        ctx: The slot values of this event.

    Returns:
        The sender.
    """
    if not spec.startswith("@"):
        return spec
    if spec == "@bank":
        return ctx["bank_no"]
    if spec == "@courier":
        return ctx["courier_no"]
    if spec == "@bank_en":
        return ctx["bank_en"]
    if spec == "@app_en":
        return ctx["app_sender"]
    if spec in ("@106", "@hospital", "@school"):
        return "1069" + str(rng.randrange(10**6, 10**9))
    if spec == "@mobile_zh":
        return _zh_mobile(rng)
    if spec == "@mobile_uk":
        return _uk_mobile(rng)
    if spec == "@foreign_family":
        return rng.choice(["+614", "+4477", "+1604", "+8190", "+659"]) + str(
            rng.randrange(10**7, 10**8)
        )
    if spec == "@domestic_fraud":
        return rng.choice(["170", "171", "165", "167", "162"]) + f"{rng.randrange(10**8):08d}"
    if spec == "@phish_zh":
        if rng.random() < 0.2:
            return _zh_mobile(rng)
        return rng.choice(FOREIGN_SENDERS_ZH) + str(rng.randrange(10**8, 10**10))
    if spec == "@phish_en":
        if rng.random() < 0.15:
            return rng.choice(["HMRC", "RoyalMail", "USPS", "EVRI", "DVLA", ctx["bank_en"]])
        return rng.choice(FOREIGN_SENDERS_EN) + str(rng.randrange(10**8, 10**10))
    raise ValueError(f"unknown sender spec {spec!r}")


def _split_word(rng: random.Random, text: str, word: str) -> str:
    """Insert a separator between the characters of ``word`` where it occurs in ``text``."""
    if word not in text or len(word) < 2:
        return text
    sep = rng.choice(SEPARATORS)
    cut = rng.randint(1, len(word) - 1)
    return text.replace(word, word[:cut] + sep + word[cut:], 1)


def _homoglyph_word(rng: random.Random, text: str, word: str) -> str:
    """Replace a letter of ``word`` with a Cyrillic look-alike or a digit."""
    lower = text.lower()
    at = lower.find(word)
    if at < 0:
        return text
    table = HOMOGLYPHS if rng.random() < 0.6 else LEET
    positions = [i for i in range(at, at + len(word)) if text[i] in table]
    if not positions:
        return text
    i = rng.choice(positions)
    return text[:i] + table[text[i]] + text[i + 1 :]


def _obfuscate_link(rng: random.Random, link: str) -> str:
    """Defang, space out or widen a link the way smishers do to slip past filters."""
    style = rng.randrange(5)
    if style == 0:
        return link.replace(".", "[.]").replace("http", "hxxp")
    if style == 1:
        return link.replace(".", " . ")
    if style == 2:
        return "".join(FULLWIDTH.get(c, c) for c in link)
    if style == 3:
        return link.replace(".", "\u3002")
    return link.replace("a", HOMOGLYPHS["a"], 1)


def _evade(rng: random.Random, body: str, lang: str) -> str:
    """Apply one to three evasion transforms to a smishing body.

    Args:
        rng: The generator's random source.
        body: The clean message.
        lang: ``zh`` or ``en``.

    Returns:
        The transformed message.
    """
    transforms: list[tuple[Callable[[random.Random, str, str], str], str]] = []
    if lang == "zh":
        transforms += [(_split_word, word) for word in ZH_KEYWORDS if word in body]
        transforms.append((_traditional, ""))
    else:
        lower = body.lower()
        transforms += [(_homoglyph_word, word) for word in EN_KEYWORDS if word in lower]
    rng.shuffle(transforms)
    for transform, word in transforms[: rng.randint(1, 3)]:
        body = transform(rng, body, word)
    return body


def _traditional(rng: random.Random, text: str, word: str) -> str:
    """Write the common lure characters of ``text`` in traditional script."""
    del rng, word
    return text.translate(TRAD)


def _malformed(rng: random.Random, event: dict[str, object]) -> str:
    """Turn a valid event into one malformed line for the dead-letter path.

    Args:
        rng: The generator's random source.
        event: A valid event.

    Returns:
        The line to write (without its newline).
    """
    kind = rng.randrange(8)
    if kind == 0:
        line = json.dumps(event, ensure_ascii=False)
        return line[: rng.randint(10, len(line) - 2)]
    if kind == 1:
        return "{'id': '" + str(event["id"]) + "', 'body': 'single quotes are not JSON'}"
    if kind == 2:
        event.pop("body")
    elif kind == 3:
        event["body"] = rng.choice([12345, None, ["验证码", "123456"], {"text": "hi"}, True])
    elif kind == 4:
        event["body"] = rng.choice(["", "   ", "\n"])
    elif kind == 5:
        chunk = str(event["body"])
        event["body"] = (chunk + " ") * (2100 // max(len(chunk), 1) + 2)
    elif kind == 6:
        event["encoding"] = rng.choice(["ucs2-truncated", "binary", "gsm7-invalid-septet"])
        event["body"] = "\ufffd\ufffd\ufffd" + str(event["body"])[:20]
    else:
        event.pop(rng.choice(["id", "sender", "ts"]))
    return json.dumps(event, ensure_ascii=False)


def generate(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> list[str]:
    """Generate the demo traffic.

    Args:
        seed: Seed of the random source; the same seed gives the same lines.
        count: Number of lines.

    Returns:
        The lines, without newlines, in timestamp order.
    """
    rng = random.Random(seed)
    recipients_zh = sorted({_zh_mobile(rng) for _ in range(220)})
    recipients_uk = sorted({_uk_mobile(rng) for _ in range(110)})
    lines: list[str] = []
    ts = EPOCH
    for i in range(count):
        ts += rng.choice((0, 0, 0, 1))
        roll = rng.random()
        smishing = roll < SHARE_SMISHING
        lang, spec, text = rng.choice(SMISH if smishing else LEGIT)
        ctx = _context(rng)
        ctx["link"] = _phish_link(rng, text)
        body = text.format(**ctx)
        if smishing and rng.random() < SHARE_EVASION:
            if "{link}" in text and rng.random() < 0.5:
                body = body.replace(ctx["link"], _obfuscate_link(rng, ctx["link"]))
            body = _evade(rng, body, lang)
        recipients = recipients_zh if lang == "zh" else recipients_uk
        event: dict[str, object] = {
            "id": f"demo-{i + 1:06d}",
            "sender": _sender(rng, spec, ctx),
            "recipient": rng.choice(recipients),
            "body": body,
            "ts": ts,
        }
        if rng.random() < 0.35:
            sender = str(event["sender"])
            foreign = sender.startswith(("+", "00")) and not sender.startswith("+86")
            event["smsc"] = rng.choice(SMSCS)
            event["route"] = "intl-inbound" if foreign else rng.choice(ROUTES[:2])
            event["origin_country"] = _country(sender, lang)
            event["direction"] = "MT"
        if rng.random() < 0.05:
            event["encoding"] = "UCS2" if lang == "zh" else "GSM7"
        if SHARE_SMISHING <= roll < SHARE_SMISHING + SHARE_MALFORMED:
            lines.append(_malformed(rng, event))
        else:
            lines.append(json.dumps(event, ensure_ascii=False))
    return lines


def _country(sender: str, lang: str) -> str:
    """Guess the ISO country of a sender for the ``origin_country`` pass-through field."""
    prefixes = [
        ("+61", "AU"),
        ("00821", "KR"),
        ("+82", "KR"),
        ("+63", "PH"),
        ("+855", "KH"),
        ("+84", "VN"),
        ("+60", "MY"),
        ("+852", "HK"),
        ("+44", "GB"),
        ("+1", "US"),
        ("+234", "NG"),
        ("+81", "JP"),
        ("+65", "SG"),
    ]
    for prefix, country in prefixes:
        if sender.startswith(prefix):
            return country
    return "CN" if lang == "zh" else "GB"


def main(argv: list[str] | None = None) -> None:
    """Write the demo traffic file.

    Args:
        argv: Command-line arguments; ``sys.argv`` when None.
    """
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("demo_traffic.jsonl"))
    args = parser.parse_args(argv)
    lines = generate(args.seed, args.count)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
