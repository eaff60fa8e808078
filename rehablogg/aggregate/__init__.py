"""rehablogg.aggregate"""
