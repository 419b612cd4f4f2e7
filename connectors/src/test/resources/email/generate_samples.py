#!/usr/bin/env python3
"""Writes the MIME samples next to this script, byte for byte as mail clients send them.

The samples are committed; rerun this only to change them (python3 generate_samples.py). Text is
written here in Unicode and encoded with the codec each message declares (GBK, Big5, UTF-8), so the
bytes on disk are truly GBK or Big5, not UTF-8 with a GBK label. Lines end in CRLF as on the wire.
"""
import base64
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))


def b_word(text, charset, codec=None):
    """An RFC 2047 encoded word with B (base64) encoding."""
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(codec or charset)).decode("ascii"))


def q_word(text, charset, codec=None):
    """An RFC 2047 encoded word with Q encoding (quoted-printable, '_' for space)."""
    out = []
    for byte in text.encode(codec or charset):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def qp(text, codec):
    return quopri.encodestring(text.replace("\n", "\r\n").encode(codec)).decode("ascii")


def b64(data):
    encoded = base64.b64encode(data).decode("ascii")
    return "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def write(name, headers, body):
    """headers and body are str of ASCII (already transfer-encoded) or bytes for raw 8-bit parts."""
    head = "\r\n".join(headers).encode("ascii") + b"\r\n\r\n"
    if isinstance(body, str):
        body = body.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(head + body)


# A Chinese customer writes from a GBK mail client: the subject is labelled gb2312 (as many clients
# label it) yet holds characters only GBK has (喆, 堃); the body is GBK in quoted-printable.
write("gbk-plain.eml", [
    "Return-Path: <zhang.zhe@example.cn>",
    "Received: from mx.example.cn (mx.example.cn [203.0.113.7]) by imap.acme.test; Tue, 3 Mar 2026 09:15:02 +0800",
    "From: %s <zhang.zhe@example.cn>" % b_word("张喆", "GBK"),
    "To: support@acme.test",
    "Subject: %s" % b_word("关于订单的问题：王堃的退款", "gb2312", "gbk"),
    "Date: Tue, 3 Mar 2026 09:15:00 +0800",
    "Message-ID: <20260303091500.GBK1@mail.example.cn>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=GBK",
    "Content-Transfer-Encoding: quoted-printable",
    "X-Mailer: Foxmail 7.2",
], qp("您好，\n\n我的订单 A-1024 已经两周没有发货，请尽快处理退款。\n\n张喆\n", "gbk"))

# A Taiwanese customer: Big5 subject in Q encoding, Big5 display name in B encoding, Big5 body as raw
# 8-bit bytes (no transfer encoding), which only a byte-exact payload keeps intact.
write("big5.eml", [
    "From: %s <lin.mei@example.tw>" % b_word("林美玲", "big5"),
    "To: %s <support@acme.test>" % q_word("客服中心", "big5"),
    "Subject: %s" % q_word("產品品質很好 謝謝", "big5"),
    "Date: Wed, 4 Mar 2026 14:30:00 +0800",
    "Message-ID: <big5-0304@mail.example.tw>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"big5\"",
    "Content-Transfer-Encoding: 8bit",
], "收到商品了，品質很好，包裝也很細心。謝謝你們的服務！\n\n林美玲\n".replace("\n", "\r\n").encode("big5"))

# A newsletter with only an HTML part: scripts, styles and a hidden preheader must not become text.
newsletter_html = """<!DOCTYPE html>
<html><head><title>Acme Weekly</title>
<style>body { font-family: sans-serif; } .promo { color: red; }</style>
<script>window.trackOpen && trackOpen('nl-42');</script>
</head>
<body>
<div style="display:none;max-height:0">Hidden preheader – do not read me</div>
<h1>Spring sale at Acme</h1>
<p>Dear customer,<br>our spring sale starts today.</p>
<ul><li>Garden chairs &ndash; 20% off</li><li>Parasols &ndash; 30% off</li></ul>
<p class="promo">Visit <a href="https://acme.test/sale">our shop</a> before 31 March.</p>
<script type="text/javascript">document.write('tracking pixel');</script>
<noscript>Enable JavaScript</noscript>
</body></html>
"""
write("html-newsletter.eml", [
    "From: Acme Newsletter <news@acme-mail.test>",
    "To: customer@example.com",
    "Subject: Spring sale at Acme",
    "Date: Thu, 5 Mar 2026 08:00:00 +0000",
    "Message-ID: <nl-42.20260305@acme-mail.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
], qp(newsletter_html, "utf-8"))

# The usual client message: the same text as plain text and as HTML; the plain part must win.
write("alternative.eml", [
    "From: \"Doe, Jane\" <Jane.Doe@Example.com>",
    "To: Support <support@acme.test>, sales@acme.test",
    "Cc: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.de>",
    "Subject: =?UTF-8?Q?Caf=C3=A9_order_?= =?UTF-8?B?4pyU?= delivered",
    "Date: Fri, 6 Mar 2026 10:00:00 +0100",
    "Message-ID: <alt-0306@mail.example.com>",
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative; boundary=\"alt-boundary\"",
], """This is a multi-part message in MIME format.
--alt-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("Hello,\nmy café order arrived today. Thank you!\nJane\n", "utf-8") + """
--alt-boundary
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("<html><body><p>HTML VERSION: Hello, my caf&eacute; order arrived today.</p></body></html>\n", "utf-8") + """
--alt-boundary--
""")

# A message with nested multiparts and attachments: mixed > (alternative > (plain, related > (html,
# inline image)), PDF with an RFC 2231 file name, a text file sent as an attachment).
pdf = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\x00" * 30
write("attachment.eml", [
    "From: Bob Buyer <bob@example.org>",
    "To: support@acme.test",
    "Subject: Invoice for order 77",
    "Date: Sat, 7 Mar 2026 16:45:00 -0500",
    "Message-ID: <att-0307@example.org>",
    "MIME-Version: 1.0",
    "Content-Type: multipart/mixed; boundary=\"mixed-1\"",
], """--mixed-1
Content-Type: multipart/alternative; boundary="alt-2"

--alt-2
Content-Type: text/plain; charset=us-ascii

Please find the invoice for order 77 attached.
--alt-2
Content-Type: multipart/related; boundary="rel-3"

--rel-3
Content-Type: text/html; charset=us-ascii

<p>Please find the invoice for order 77 attached.<img src="cid:logo@example.org"></p>
--rel-3
Content-Type: image/png
Content-ID: <logo@example.org>
Content-Disposition: inline
Content-Transfer-Encoding: base64

""" + b64(png) + """
--rel-3--
--alt-2--
--mixed-1
Content-Type: application/pdf; name="invoice.pdf"
Content-Disposition: attachment; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf
Content-Transfer-Encoding: base64

""" + b64(pdf) + """
--mixed-1
Content-Type: text/plain; charset=us-ascii; name="notes.txt"
Content-Disposition: attachment; filename="notes.txt"

SECRET ATTACHMENT TEXT that must never become the touchpoint text.
--mixed-1--
""")

# A reply in a thread, quoting the earlier message below the answer.
write("reply.eml", [
    "From: Jane Doe <jane.doe@example.com>",
    "To: Acme Support <support@acme.test>",
    "Subject: Re: Your ticket #4711",
    "Date: Mon, 9 Mar 2026 11:20:00 +0000",
    "Message-ID: <reply-3@mail.example.com>",
    "In-Reply-To: <ticket-4711-2@acme.test>",
    "References: <ticket-4711-1@mail.example.com>\r\n <ticket-4711-2@acme.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8; format=flowed",
    "Content-Transfer-Encoding: 7bit",
], """Thanks, the replacement works fine now.

Jane

On Sun, 8 Mar 2026 at 17:02, Acme Support <support@acme.test> wrote:
> Dear Jane,
> we have sent you a replacement part.
>
> Kind regards, Acme Support
""")

# Declares a multipart body whose boundary never occurs: the structure cannot be read.
write("malformed.eml", [
    "From: Broken Client <broken@example.net>",
    "To: support@acme.test",
    "Subject: broken",
    "Date: Tue, 10 Mar 2026 09:00:00 +0000",
    "Message-ID: <broken-1@example.net>",
    "MIME-Version: 1.0",
    "Content-Type: multipart/mixed; boundary=\"never-used\"",
], """This body claims to be multipart but has no part at all.
It ends without any boundary line.
""")

# No From header at all: nobody to attribute the message to.
write("no-sender.eml", [
    "To: support@acme.test",
    "Subject: who am I",
    "Date: Tue, 10 Mar 2026 09:05:00 +0000",
    "Message-ID: <no-sender-1@example.net>",
], "A message without a sender.\n")
