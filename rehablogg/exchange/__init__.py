"""rehablogg.exchange"""
