/**
 * The site's settings, in one typed place. A union changing the name, the
 * hotline or the menu edits this file only.
 */
export interface NavItem { label: string; href: string }
export interface ContactLine { label: string; value: string; href?: string }

export interface SiteConfig {
  name: string;
  /** Short name for the home-screen icon and narrow headers. */
  shortName: string;
  organisation: string;
  description: string;
  nav: NavItem[];
  contacts: ContactLine[];
  /** Entries per page on index, category and tag pages. */
  pageSize: number;
}

export const site: SiteConfig = {
  name: '森工学习园地',
  shortName: '森工学习',
  organisation: '森工企业工会',
  description: '面向国有森工企业工会干部、党员和职工的学习园地：理论学习、林业知识、警示教育、劳模工匠，配有自测题和学习专题，可离线使用。',
  nav: [
    { label: '首页', href: '/' },
    { label: '理论学习', href: '/theory/' },
    { label: '林业知识', href: '/forestry/' },
    { label: '警示教育', href: '/cases/' },
    { label: '劳模工匠', href: '/models/' },
    { label: '学习专题', href: '/paths/' },
    { label: '答题中心', href: '/quiz/' },
    { label: '我的学习', href: '/me/' },
  ],
  contacts: [
    { label: '职工维权咨询', value: '12351', href: 'tel:12351' },
    { label: '森林火情报警', value: '12119', href: 'tel:12119' },
  ],
  pageSize: 12,
};
