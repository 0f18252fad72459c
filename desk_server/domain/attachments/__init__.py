"""Attachments: file names made safe, content types sniffed from the bytes, links to tickets."""
