// Korean: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';
import { KO_HOURS } from './hours/ko.js';
import { KO_PAGE_NAMES } from './page-names/ko.js';
import { KO_MAILBOXES } from './mailboxes/ko.js';
import { KO_BLOCK_PAGE, KO_CRAWL } from './crawl/ko.js';

export const KO: LanguagePack = {
  id: 'ko',
  ...KO_HOURS,
  chatLauncher: ['채팅', '상담', '문의', '고객센터', '메시지', '도움말'],
  chatLoaderNames: [],
  broadcastLabels: '채널|구독|팔로우',
  contactLinks: {
    strong: ['문의', '고객센터', '고객지원', '상담', '도움말'],
    weak: ['회사소개', '오시는 길', '찾아오시는 길', '사업장'],
  },
  ...KO_PAGE_NAMES,
  roles: {
    sales: ['영업', '영업팀', '판매', '구매', '구매 문의', '견적', '견적 문의', '도입 문의', '제휴 문의'],
    support: ['고객센터', '고객지원', '고객 지원', '기술지원', '기술 지원', 'as 센터', '서비스센터', '상담', '도움말'],
    neutral: ['판매 조건', '판매 약관'],
    other: ['채용', '언론', '홍보', '개인정보'],
  },
  notFound: { phrases: '페이지를 찾을 수 없습니다|요청하신 페이지를 찾을 수 없|존재하지 않는 페이지', bare: ['찾을 수 없습니다'], filler: ['오류', '페이지'] },
  ...KO_MAILBOXES,
  ...KO_CRAWL,
  ...KO_BLOCK_PAGE,
  emailWords: { at: ['골뱅이'], dot: ['점'], bareAt: [], bareDot: [], prose: [] },
  placeholderEmail: { local: '', domain: '' },
  contactTypes: { sales: '', support: '' },
  phoneLabels: {
    imageWords: '전화',
    phone: '전화번호|대표번호|대표전화|전화|고객센터',
    fax: '팩스',
    joiners: '및',
    unitWords: '동|호',
    idWords: '사업자 ?등록 ?번호|통신판매업',
    idNumbered: '주문',
    numberWords: '번호',
    extension: '내선',
    extensionAfterNumber: '',
  },
  helpDesk: { ticketLinks: '티켓 ?(?:생성|작성|등록)|문의 ?등록|1:1 ?문의', hostLabels: ['cs', 'gogaek'] },
  gates: {
    idNumber: '시리얼 ?번호|일련 ?번호|주문 ?번호|고객 ?번호|계약 ?번호|구매 ?영수증',
    ready: '준비해|미리 준비|전화하기 전에|문의하기 전에',
    require: '입력|필요|필수|기재',
    contact: '문의|연락|전화|고객센터|상담|지원|채팅|티켓',
    signIn: '로그인 ?(?:후|하여|해야|이 필요)|회원만|회원 전용',
    paidPlan: '유료 ?지원|유지보수 ?계약|지원 ?계약|(?:프리미엄|엔터프라이즈|비즈니스) ?플랜',
    following: '다음',
    perMinute: '당',
  },
  forms: {
    message: '문의 ?내용|메시지|질문',
    email: '이메일',
    phone: '전화|휴대폰',
    checkout: '장바구니',
    cartPaths: '장바구니',
    review: '상품 ?리뷰|평점',
    recipient: '받는 ?사람',
    otherParty: '불법 ?신고',
    order: '주문 ?번호',
    serial: '시리얼 ?번호|일련 ?번호',
    application: '이력서|자기소개서',
    account: '아이디|사용자 ?이름',
    notMessageBox: '주소|약관',
    topic: '제목|유형',
    contactPurpose: '문의|콜백|전화 상담 신청',
    commentHeading: '댓글 ?남기기|댓글 ?쓰기',
    notContact: '회원가입|뉴스레터|비밀번호 찾기|비밀번호 재설정',
  },
};
