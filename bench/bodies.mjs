// The answers every bench serves: one organization, and a page of 500 with metadata. `bodies` is ASCII;
// `nonAsciiBodies` holds the same shapes with Japanese names and metadata and emoji, as a Japanese
// customer's organizations would be (most of their bytes are multi-byte UTF-8, many of their
// characters outside Latin-1, so they decode to two-byte strings).
const org = (i) => ({
  object: 'organization',
  id: `org_${String(i).padStart(24, '0')}`,
  name: `Organization ${i}`,
  slug: `organization-${i}`,
  image_url: 'https://img.clerk.com/default',
  has_image: false,
  max_allowed_memberships: 5,
  admin_delete_enabled: true,
  public_metadata: { plan: 'pro', seats: i },
  private_metadata: {},
  created_by: 'user_2abc',
  created_at: 1_700_000_000_000 + i,
  updated_at: 1_700_000_000_000 + i,
  role_set_key: null,
});

const nonAsciiOrg = (i) => ({
  ...org(i),
  name: `株式会社サンプル商事 第${i}営業部 🏢`,
  public_metadata: {
    plan: 'プロ',
    seats: i,
    所在地: '東京都渋谷区神南一丁目 🗼',
    説明: '日本語の説明文です。請求書は月末締め翌月払い。絵文字も使います 🎉✨🚀',
    tags: ['営業', '開発', 'サポート', '経理'],
  },
  private_metadata: { 担当者: '山田 太郎', メモ: '社外秘：契約更新は四月 📎' },
});

const listOf = (make) => JSON.stringify({ data: Array.from({ length: 500 }, (_, i) => make(i)), total_count: 500 });

export const bodies = { one: JSON.stringify(org(1)), list: listOf(org) };

export const nonAsciiBodies = { one: JSON.stringify(nonAsciiOrg(1)), list: listOf(nonAsciiOrg) };
