// Korean: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';

export const KO: LanguagePack = {
  id: 'ko',
  days: {
    mon: ['월', '월요일'],
    tue: ['화', '화요일'],
    wed: ['수', '수요일'],
    thu: ['목', '목요일'],
    fri: ['금', '금요일'],
    sat: ['토', '토요일'],
    sun: ['일', '일요일'],
  },
  weekdays: ['평일'],
  rangeWords: ['부터', '까지'],
  timeWords: ['시'],
  chatLauncher: ['채팅', '상담', '문의', '고객센터', '메시지', '도움말'],
  contactLinks: {
    strong: ['문의', '고객센터', '고객지원', '상담', '도움말'],
    weak: ['회사소개', '오시는 길', '찾아오시는 길', '사업장'],
  },
  roles: {
    sales: ['영업', '영업팀', '판매', '구매', '구매 문의', '견적', '견적 문의', '도입 문의', '제휴 문의'],
    support: ['고객센터', '고객지원', '고객 지원', '기술지원', '기술 지원', 'as 센터', '서비스센터', '상담', '도움말'],
  },
};
