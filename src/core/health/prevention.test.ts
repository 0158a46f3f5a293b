import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mineralFoods, preventionSources, urineLevel, urineLevels, urineTargetBand } from './prevention'
import { sourceById } from './sources'

/** The Prevention screen's strings, read as data (the catalogue belongs to the window's project). */
const catalogue = JSON.parse(
  readFileSync(new URL('../../renderer/src/i18n/prevention.en.json', import.meta.url), 'utf8')
) as { prevention: Record<string, unknown> }

/** Every string in a catalogue object. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(stringsOf)
      : []

const urineStrings = catalogue.prevention['urine'] as {
  levels: Record<string, string>
  reading: Record<string, string>
}

describe('urine-colour scale', () => {
  it('has eight levels, 1 (clear) to 8 (brown), lightest first', () => {
    expect(urineLevels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(urineLevels.map((l) => l.id)).toEqual([
      'clear',
      'very-pale',
      'pale-yellow',
      'yellow',
      'dark-yellow',
      'amber',
      'orange-brown',
      'brown'
    ])
  })

  it('marks exactly the pale levels (very pale, pale yellow) as the target band', () => {
    expect(urineTargetBand).toEqual({ min: 2, max: 3 })
    expect(urineLevels.filter((l) => l.target).map((l) => l.id)).toEqual(['very-pale', 'pale-yellow'])
  })

  it('reads each level with its advice tier', () => {
    expect(urineLevels.map((l) => l.tier)).toEqual([
      'clear',
      'hydrated',
      'hydrated',
      'drink-soon',
      'drink-soon',
      'drink-now',
      'drink-now',
      'drink-now'
    ])
  })

  it('finds a level by number, and none outside the scale', () => {
    expect(urineLevel(3)?.id).toBe('pale-yellow')
    expect(urineLevel(0)).toBeUndefined()
    expect(urineLevel(9)).toBeUndefined()
  })

  it('gets darker from one swatch to the next', () => {
    const lightness = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
    }
    const values = urineLevels.map((l) => {
      expect(l.swatch).toMatch(/^#[0-9a-f]{6}$/)
      return lightness(l.swatch)
    })
    expect(values).toEqual([...values].sort((a, b) => b - a))
  })

  it('has a plain name for every level and a reading for every tier in the strings', () => {
    expect(Object.keys(urineStrings.levels).sort()).toEqual(urineLevels.map((l) => l.id).sort())
    expect(Object.keys(urineStrings.reading).sort()).toEqual([...new Set(urineLevels.map((l) => l.tier))].sort())
  })
})

describe('prevention content', () => {
  it('lists the potassium and magnesium foods, each named in the strings', () => {
    expect(mineralFoods.foods).toEqual(['bananas', 'avocados', 'leafy-greens', 'nuts', 'seeds', 'beans'])
    const names = (catalogue.prevention['foods'] as { items: Record<string, string> }).items
    expect(Object.keys(names)).toEqual([...mineralFoods.foods])
  })

  it('cites only sources listed on the Sources screen, at least one per section', () => {
    for (const ids of Object.values(preventionSources)) {
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.filter((id) => !sourceById(id))).toEqual([])
    }
  })
})

describe('own words', () => {
  // Runs of 8 words as the repo's before-stop hook counts them: lower case, letters, digits and apostrophes.
  const runsOf = (text: string): string[] => {
    const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? []
    return words.slice(0, Math.max(0, words.length - 7)).map((_, at) => words.slice(at, at + 8).join(' '))
  }
  const fnv1a = (text: string): string => {
    let hash = 0x811c9dc5
    for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193) >>> 0
    return hash.toString(36)
  }
  const copied = (text: string): string[] => runsOf(text).filter((run) => articleRuns.has(fnv1a(run)))

  it('recognises a run taken from the article (its title, stored backwards here)', () => {
    const title = 'relief and causes knee your bending when cramps hamstring'.split(' ').reverse().join(' ')
    expect(copied(title)).toHaveLength(2)
  })

  it('copies no run of 8 words from the article into the Prevention strings', () => {
    const texts = stringsOf(catalogue)
    expect(texts.length).toBeGreaterThan(40)
    expect(texts.flatMap(copied)).toEqual([])
  })
})

/**
 * FNV-1a hashes (base 36) of every 8-word run of the source article (/work/shared/seed/hamstring-cramps-article.txt),
 * so this check runs anywhere without the article's text living in the repository.
 */
const articleRuns = new Set(
  `
9t1y 33di1 82dti 9z8na c0euh ftw85 ltb8c qf9jq wb7h2 wie6c y0o0u zxyaq 135zpc 1gc43p 1pblof 1w4evq 243q0v
278zjg 2912tv 29vgek 2bsdnm 2fg71g 2g274t 2ke7ie 2ln8fg 2lotsu 2ogc1q 2ottqa 2qtm88 2qwu3s 2vq3dl 30fuz8
3f1yyb 3g5bkl 3h9081 3itrtd 3krkqv 3mmd0x 3sxco0 3t26t3 3tg3m5 3u34pl 3xkkhy 42o8ir 4cr37e 4hjrgd 4qo9ef
4rvzly 4sh1za 4uzabf 5bgree 5bvz14 5h48ve 5i0jct 5o67rc 5s30jt 5u67hd 5ua65i 5ug3m0 5x9pym 60f7wh 63ljn0
6adihd 6ae1sg 6avpc9 6dol8b 6fftdy 6mcp94 6o4ubi 6o5wgl 6p6r4n 6tjlym 73blf4 75txic 779bgw 7c4d8c 7c5i4l
7iplwa 7j74ah 7jd54x 7kdc2p 7kjcms 7yfdzh 86chp1 8hmh3q 8jyfi7 8mp31z 8rffvv 8uun45 8w5ims 8xa50g 91shix
91wqld 99zqu0 9g3ps3 9mgmou 9po91q 9pvpjw 9qm50q 9qo2vx 9soxqo 9vmjhr 9y3btx a17fj0 a3kw2t a3wka7 ad9a6j
aitv2n ako3c4 alwo9z ax3ek1 b0gicm b0mvsp b5n37j b85nbz b8cdya b8kliz bgmesr bm3vwq bmb978 bncbr9 bpq12x
bqcfuk c079z1 c0jl37 c27qme c8pg6o cappyc ccjwbz cg2ynu cjetvz cn4mbz cni858 con8f7 cqc1u1 cu26gr cvsdtl
cvwqi3 cwih8j cwsp6q d22ovk d7v4e2 da6tf1 dduo3t ddywey dn7si6 dposxp dquzd5 dtwcay e1gms9 e74186 e7tzi4
e9nam5 eat93d ebs0pg emqamx eve4qg ewltv4 exp6oz eyi9kc ezoa5h f1d6qb f5jfsp f9it14 fjg9rz fpho9t fpyyk6
fqjr3l frcrer g0x5oo g6gtvy g79hdh gg4b27 giwrih gm13jq gmmnmt gq403w gs3azv gs7u5s gv4hho gvoye5 h0klce
h52p43 h8ctqn ha31yi he40xl hfbfwo hgv1sy hjotsf hk8foj hq97fc hu0k7p hu1wxt hv8e40 hw2pts hz99w6 i77tuk
ib95cf ifc0rn ifp7md ig9e23 ileprc imub0u imy5df iqn8an iuion5 iy9eyd iyqnx2 j36ron j599ur j6jc47 jbxgdp
jdt7v7 jg0ubf jowhri jpqvcd jrkezz js6ei6 juilic jwx1ec jys76a jyvwc8 k55rkt k5igxy k78n4q kdhkg5 kdkedt
kf8sbd kfab2l khn886 khrqq3 kj647q kjfwxe kmjwi9 kqcqab kr8463 kzoiob l2euor l3jx88 l5kaec l6q6yx l7hg2k
l8e0wn lm56xl lrq22s lwh8o5 m0ilp8 m4b137 m4ijaz m9q7i4 mf4xxj mk6wkd mlr8ti mvkgw0 mxfgsd n0kpzn n0yenk
n4kcyu nfatbc nhcfb3 nnb09f np3lhy npsigk nqgea1 nsv5pe nv5xxj nva0iv nwymvy nx1cql nxv0zu nyh354 nyi0b6
o1dz1k o1et6l ob41pu ob8u0e ofpjm8 ogakrt ojyh1e omm6rl ony5z1 otsvki ozxeui p00o9r p0q8hb p370ss p9ho4f
p9wg2i pbhfgr pdsqha pfizct pj3d6h pk3flj pm7ux8 pmll7b pn278t prpuvn pudo9v pw2ccm pw84d9 pxjdxj q1hf3v
q1qy2v q6z0p6 qcl02k qcp11b qgrpdw qu8j7n qugf71 qw8a3p r4r2u7 r7uh2g ref7il rfu1nh rpk0xa rpp309 rq2640
rs4ih4 rsaq1h rty3lo ruahuc s06q72 s0od3p s4rsur s820ee sat4y2 sbr6aa sd66df sh0i0g sj2o7g sjshgc sl73mb
sqy5nj ss5ch9 suglpn swa86h syxnnh t1x2wx t2ixcc t48y73 ta4ybw tdlbyu tj9etj tqz967 twt0px tyhxyr u1gywi
u4ulph u7sjdd ue2kgj uh8l5y unapuw uw0o1a ux0agp v77srn v9p3i5 va2dwl va41r2 vfxvt4 vlggzb vq7utb vqmdc7
vtyj7u vu2lnn vyah59 w47l21 w4j1c7 w7irxu w7l4yo wg92yi wk6ygk wpr0rx wtl7ub wutsqr wx2syb x3jjlz x48ivd
x4m7w4 x6p76r xhp2kg xjnik7 xk67r5 xk8c1m xn2dyg xoixhf xovnp7 xpjhsj xrvfuy xxdlu5 xzynri y1hq1o ydc50a
ygdvzx ylrhm6 ysfvse yt6eym yuvskf yvyj6j yxgvdq zf1xvs zgmluq zio4kw zp7kgn zsyck3 ztndv6 zw6sp1 zyixi8
zz1qot zzhtku 102c2pj 10i9v78 10l7knq 10ll1g5 10m6cw6 10njvvz 10ot6u0 10p2lvf 10ru0lp 111d239 111g5x8 118ufpr
119x8op 11s7vjn 11trzv5 11zszap 124buae 12e3ima 12g3thb 12h2oz0 12j2ahs 12j4q3f 12ke4lo 12lv0vw 12mzwkg
12rb2l1 12zzhr6 1340r8a 13avtos 13bz15w 13f0gl6 13fk2qm 13l4k9r 13lqucc 13nuch3 13o2kql 13qyoyp 13suagk
13t2qs0 13x7gl0 13zaopz 13zkbsg 143vke7 144z0cm 147f5kr 14a83up 14aun0b 14bcrrp 14ccnzj 14e14xq 14fuu79
14mp590 14r5vw8 14r8rrh 14s9blb 14uay1y 14x2z3x 14xaqrr 1514qxg 151f80e 151g3g3 151z08z 1580k2v 15b3kn6
15gvh1e 15h39he 15h5dyb 15nlubf 15p8eoy 16a40cg 16a4tm0 16cql95 16e3egk 16ecnub 16sb8hp 16vc8qy 16y3bxa
16yro7w 17b5kob 17b6e7h 17c7347 17c7xq6 17dmazy 17huzb9 17iokma 17jhpq0 17jnex2 17q4lbw 17tqgzz 17v1jo4
17vdepb 17yrv8x 1834fkz 183vl48 186fjmv 18crhzq 18kfr6h 18nagyu 18o0b6o 18svtjr 18xp9ly 18y8sw5 198u6h4
19e5njd 19ilw0q 19jcyic 19yhly6 19yvhyc 1a2279z 1a7tqfq 1a8567z 1alad0z 1apyc3s 1awgl4l 1axwz55 1ayq0ij
1azhaqx 1b08vwb 1b0g1ir 1b3ednq 1b4evdv 1b9eiuc 1bonugs 1btln80 1bw00pe 1c3dbbn 1c5vciv 1c7q3a5 1cbgur6
1ce0gsf 1cgv1bk 1cgvhp5 1chuwj7 1co0z8n 1crl533 1crlxb2 1csvj0r 1cswl62 1ctkosr 1cu0obr 1d0lqog 1d2deo4
1d61tth 1d6ooet 1d7nqdd 1dh1qfw 1dhkum2 1di7ux7 1dooqnl 1dtuzwy 1e367yp 1e4dzd4 1e5vnqe 1edku82 1eiof0t
1eitlq7 1em08yl 1em0uqh 1erqdnp 1exul4b 1f519zf 1f8y1lt 1fg39pd 1fl8ptd 1fmyfp1 1fpnh8k 1fpxu3o 1fxr5s1
1fz42ea 1fztdf8 1g2g5b7 1g68lyz 1gc652k 1gf4qyl 1gg78gj 1gibmat 1gxg1cv 1h09a50 1h74o7f 1h8dj6r 1h9iudz
1hdeolk 1hexip7 1hf68mm 1hgl245 1hlv7cd 1hn7nzy 1hp36zd 1hpf5br 1hq90jm 1hrprz2 1hscods 1hubt4b 1huoftp
1hvi9eh 1hxv82k 1hzlle9 1i0fnnl 1i1z2ne 1i2l2et 1i37cev 1i5cv6f 1i93nmh 1ibelfr 1ic5yt8 1ikt7k9 1ine5o1
1iotmib 1ipd0wy 1ipyxfo 1iq005y 1j0mqcx 1j1r2nj 1j23nuu 1j9qh8t 1ja3kwl 1ji8iz0 1jjqjr2 1jlf9jw 1jmmz82
1jmv2o9 1jrhriz 1jttqv5 1jtumxg 1jw2xcm 1jybwz3 1k09h6z 1k0efqq 1k16q7q 1k4ubqx 1k5w9oq 1k6z9ng 1k89prz
1k9axta 1kaxw5u 1kdixyr 1kg5vxe 1kjzve7 1kqs1mf 1kukq8n 1kx10ks 1ky8ins 1l5itah 1l6lpsl 1l6nlui 1l94fzn
1le2z50 1lilrrt 1ljjfx5 1lo5uct 1lr17ms 1ltgj61 1lv4lho 1lvwt9h 1lyymhl 1m14p8e 1m27h3v 1m62aw4 1m8q4fq
1m8yozj 1m9szbt 1ma7xpm 1mdzy8g 1me5p0o 1mf5i9c 1mh7mzg 1mmsf4f 1mnvrpt 1msw6ob 1my8uco 1myl3uf 1myqdsm
1n3g2yj 1na71od 1nemw8o 1nerxbu 1niqx3g 1nklafl 1nojtg3 1non7i1 1nv129s 1nx7z1u 1ny09oi 1nzw6y9 1o2831c
1o7mi56 1o9bmgf 1obna0p 1ojhwis 1okna9m 1omngy5 1onj1dq 1oo1rgk 1or5j37 1oterr4 1owsy90 1oyzfff 1p3rtnm
1pb8j9n 1pi9klz 1pq3noi 1pxn61u 1pyphcy 1pyttc1 1q14z9h 1q32fns 1q3z4vf 1q54543 1q5cuqe 1q5dpxu 1qa067m
1qebm0q 1qh2bzp 1qkegaf 1qok457 1qrz4o8 1qtgemd 1qunazo 1qzojv5 1r1id9x 1r5pyu0 1r8281k 1r9ltk6 1rkg149
1ro1iso 1rqn090 1rsehyz 1rvtw1e 1rz3uhe 1s0m23r 1s1qgb6 1s5mfdy 1s8g384 1sa1g7r 1sklgnt 1slgosr 1snojac
1ssmb8g 1svjq6b 1sx0ofa 1sy35df 1t0v563 1t6khsh 1t6o532 1t94ouk 1tc30vy 1tdss1h 1tfo122 1tg1hb6 1tkj3s8
1tngpo5 1tpmhzu 1tptttj 1tr4eya 1trdhgp 1tsenrw 1tzw47e 1u36drm 1u8700i 1ubkcuk 1ucgsnk 1ud60bi 1ue1k8h
1unfjoj 1uv1mtd 1v4k474 1v52y0x 1v7ur8q 1v83u0s 1v99y12 1v9hmxp 1vc5t10 1vdjthn 1vjbxoz 1vl7b3u 1vmzlcr
1vn0m29 1voh3ie 1vp6qiy 1w3b5e2 1w9jt33 1wcyl99 1wj03kf 1wjn9wj 1wlehxj 1wu9o2m 1wxhho1 1x9jq93 1xj9d4e
1xkqlxp 1xo68wc 1xo8tr8 1xq1r2c 1xxjmgd 1y2rhut 1y3isx6 1y4fxwr 1y5q964 1yd849e 1yimepv 1yj6ew6 1ylfhvl
1yn0s3y 1ypoehx 1ysuw4d 1yx6zxv
`
    .trim()
    .split(/\s+/)
)
